# The man page's KEYS section is exactly what the action table prints
# (zhibu --keys-mdoc): the key map, the help screen and the man page come
# from one table and cannot disagree.
top=$(cd "$TUI/../.." && pwd)
man=$top/man/zhibu.1
zhibu --keys-mdoc > keys.mdoc
check "zhibu --keys-mdoc exits 0" test -s keys.mdoc
awk '/^\.Sh KEYS$/ { on = 1 } on && /^\.Sh / && !/^\.Sh KEYS$/ { on = 0 } on' "$man" > man.keys
if ! cmp -s keys.mdoc man.keys; then
	echo "the KEYS section of $man differs from zhibu --keys-mdoc:"
	diff -u man.keys keys.mdoc | head -40
	tui_failures=$((tui_failures + 1))
fi
# The page still reads as mdoc around it.
if command -v mandoc >/dev/null 2>&1; then
	{ printf '.Dd November 20, 2026\n.Dt ZHIBU 1\n.Os\n.Sh NAME\n.Nm zhibu\n.Nd test\n.Sh DESCRIPTION\nText.\n'; cat keys.mdoc; } > page.1
	mandoc -Tlint -Wwarning page.1 > lint.txt 2>&1
	check "mandoc -Tlint finds no warnings in the KEYS section" test ! -s lint.txt
	cat lint.txt
fi
