# Regression: -o to something that is not a regular file (a pipe, /dev/null)
# writes into it and never replaces it with a file of our own.
zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu import members "$DATA/members.csv" 2>/dev/null
mkfifo pipe
cat pipe > from-pipe.csv &
zhibu export roster --format csv -o pipe; echo "exit $?"
wait
[ -p pipe ] && echo "still a pipe"
wc -l < from-pipe.csv
mkfifo pipe2
cat pipe2 > from-pipe.xlsx &
zhibu export roster --format xlsx -o pipe2; echo "exit $?"
wait
[ -p pipe2 ] && echo "still a pipe"
xlsx-cells from-pipe.xlsx | head -2
echo "--- standard output"
zhibu export roster --format xlsx > out.xlsx; echo "exit $?"
xlsx-cells out.xlsx | sed -n 1p
ls zhibu-*.xlsx 2>/dev/null; ls ${TMPDIR:-/tmp}/zhibu-$$.xlsx 2>/dev/null; echo "no temporary files left"
