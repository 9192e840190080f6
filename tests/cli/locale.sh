# Whatever the locale, the data's characters show and the interface is
# Chinese, unless the locale asks for English (the one other language zhibu
# has).  System errors are in zhibu's own words, not the C library's.
zhibu init --branch "测试党支部" --higher "测试学院党委" >/dev/null 2>&1; echo "exit $?"
zhibu import members "$DATA/members.csv" >/dev/null 2>&1; echo "exit $?"
echo "--- LANG unset (the POSIX locale of a console or ssh)"
LANG= LC_ALL= LANGUAGE= zhibu export roster | sed -n "1p;5,6p"
LANG= LC_ALL= LANGUAGE= zhibu backup nowhere/copy.db; echo "exit $?"
echo "--- LANG=C and LC_ALL=POSIX"
LANG=C zhibu export roster | head -3
LANG= LC_ALL=POSIX zhibu no-such-command 2>&1 | head -1
echo "--- a locale of a language zhibu does not have"
LANG=de_DE.UTF-8 zhibu backup nowhere/copy.db; echo "exit $?"
echo "--- a locale not generated on this machine"
LANG=zh_CN.GB18030 LC_ALL= zhibu export roster | head -3
echo "--- English when asked for"
LANG=en_US.UTF-8 zhibu backup nowhere/copy.db; echo "exit $?"
LANG= LC_ALL= LANGUAGE=en zhibu export roster | head -3
