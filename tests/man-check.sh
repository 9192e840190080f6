#!/bin/sh
# The man page is clean mdoc and describes every command and every kind of
# import, export and report that the program has.
set -u
fail=0; pass=0
ok() { pass=$((pass + 1)); }
bad() { echo "man: $*" >&2; fail=$((fail + 1)); }
man=man/zhibu.1
if command -v mandoc >/dev/null 2>&1; then
	out=$(mandoc -Tlint -Wwarning "$man" 2>&1)
	if [ -z "$out" ]; then ok; else bad "mandoc -Tlint: $out"; fi
fi
for cmd in $(sed -n 's/^\t{ "\([a-z-]*\)", cmd_.*/\1/p' src/main.c); do
	if grep -q "^\.It Cm $cmd\b" "$man"; then ok; else bad "no entry for the command $cmd"; fi
done
for pair in import:src/cli/cmd_import.c export:src/cli/cmd_export.c report:src/cli/cmd_report.c; do
	cmd=${pair%%:*}; file=${pair#*:}
	for kind in $(sed -n 's/{ "\([a-z-]*\)", [a-z_]* }/\n\1\n/gp' "$file" | grep -E '^[a-z-]+$'); do
		if grep -Eq "^\.It Cm $cmd( .*)?[ |]$kind( |$)" "$man"; then ok; else bad "no entry for $cmd $kind"; fi
	done
done
echo "man: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
