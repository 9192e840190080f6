#!/bin/sh
# Combine the catalogue with the translations waiting in po/pending/ (entries
# without a header, one file per part of zhibu) into one PO file; the first
# translation of a message wins.
#   po-combine.sh OUT po/zh_CN.po [po/pending/AREA.po ...]
set -eu
out=$1 main=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
files=$main
i=0
for f in "$@"; do
	i=$((i + 1))
	{ printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'; cat "$f"; } > "$tmp/$i.po"
	files="$files $tmp/$i.po"
done
msgcat --use-first -o "$out.tmp" $files
mv "$out.tmp" "$out"
