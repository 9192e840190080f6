# A damaged .xls on which libfreexl reads outside its buffers (found by
# fuzzing: a stack-buffer-underflow inside the library, in its iconv call).
# The workbook is read in a child process: whatever the library does, zhibu
# refuses the file with a message and the database is untouched.  (Built
# without sanitizers the library happens to give up by itself; under
# AddressSanitizer the child dies and the child-process message is given:
# either refusal is right, so the test says which kind, not the words.)
zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu import members "$DATA/members.csv" >/dev/null 2>&1
for kind in members dues; do
	zhibu import $kind "$DATA/sheets/freexl-underflow.xls" 2>err.txt; echo "import $kind exit $?"
	grep -q -e '^data/sheets/freexl-underflow.xls: 文件已损坏' -e '^data/sheets/freexl-underflow.xls: 无法读取该 .xls 文件' err.txt &&
		echo "refused: $(grep -c '未导入任何数据' err.txt) line saying nothing was imported"
done
echo "--- a good .xls still reads through the child process"
zhibu --db xls.db import members "$DATA/sheets/roster.xls" >/dev/null 2>&1; echo "exit $?"
zhibu --db xls.db export roster --format csv | cut -d, -f1,2 | head -3
echo "--- the roster is as it was"
zhibu export roster --format csv | cut -d, -f1 | tr '\n' ' '; echo
