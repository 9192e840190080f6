#!/bin/sh
# Every message in the sources has a Chinese translation in po/zh_CN.po.
set -eu
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
LC_ALL=C.UTF-8 xgettext --from-code=UTF-8 -k_ -kN_ -kNP_:1c,2 -o "$tmp/zhibu.pot" src/*.c src/*/*.c src/*/*.h 2>/dev/null
msgmerge -q --no-fuzzy-matching -o "$tmp/merged.po" po/zh_CN.po "$tmp/zhibu.pot"
stats=$(msgfmt --statistics -o /dev/null "$tmp/merged.po" 2>&1)
if echo "$stats" | grep -Eq 'untranslated|fuzzy'; then
	echo "po: $stats" >&2
	msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep '^msgid' | head -20 >&2
	echo "po: 0 passed, 1 failed (run 'make pot' and translate po/zh_CN.po)"
	exit 1
fi
echo "po: 1 passed, 0 failed ($stats)"
