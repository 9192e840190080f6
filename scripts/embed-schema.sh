#!/bin/sh
# Turn schema/NNNN_what.sql files into a C table of migrations.
# Usage: embed-schema.sh schema/0001_core.sql ...
set -eu
echo '/* Generated from schema/NNNN_*.sql by scripts/embed-schema.sh: do not edit. */'
echo '#include "db/migrations.h"'
echo 'const struct migration migrations[] = {'
for f in "$@"; do
	base=$(basename "$f" .sql)
	version=$(echo "$base" | sed 's/_.*//; s/^0*//')
	printf '\t{ %s, "%s",\n' "$version" "$base"
	sed 's/\\/\\\\/g; s/"/\\"/g; s/^/\t  "/; s/$/\\n"/' "$f"
	printf '\t},\n'
done
echo '};'
echo 'const int migration_count = sizeof migrations / sizeof migrations[0];'
