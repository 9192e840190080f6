# Nothing lost: a backup of the database beside sqlite3's own .backup of the
# same file; kills survived with nothing lost; fuzzing without a crash; bad
# inputs covered.  (Sourced by bench/bench.sh.)
measure bk sh -c "rm -f '$WORK/bk.db'; '$ZHIBU' --db '$DB' backup '$WORK/bk.db' 2>/dev/null"
measure base_bk sh -c "rm -f '$WORK/base-bk.db'; sqlite3 '$DB' \".backup '$WORK/base-bk.db'\""
row "backup ($MEMBERS members, $(($(stat -c %s "$DB") / 1048576)) MB)" "$bk_s" "$bk_kb" 1 "sqlite3 .backup" "$base_bk_s" 3

# SIGKILL at random moments during an import of 10,000 members and the
# payment batch (the test of make check, tests/safety/kill.sh, run here for
# its numbers).
mkdir -p "$WORK/kill"
(cd "$WORK/kill" && TOP="$top" BUILD="$build" PATH="$build:$build/tools:$PATH" \
	ZHIBU_DB="$WORK/kill/zhibu.db" HOME="$WORK/kill" sh -eu "$top/tests/safety/kill.sh" 2>&1) |
	sed -n 's/^kill: \(.*rows)\)/kills survived with nothing lost: \1/p'

# Fuzzing: the sessions kept in tests/fuzz/record.txt (make fuzz adds to it).
awk '{ s = $3; sub(/s$/, "", s); if ($NF == "ok") { ok += s; n++ } else { crashes++; since = 0 } if ($NF == "ok") since += s }
     END { printf "fuzzing: %.1f hours in %d sessions without a crash (%.1f hours since the last crash; %d crashes found and fixed)\n",
                  ok / 3600, n, since / 3600, crashes }' "$top/tests/fuzz/record.txt"

# Bad inputs: the cases of tests/cli/hostile.sh (each refused with its
# message, the database unchanged) and the form values of
# tests/unit/test_hostile_forms.c.
cases=$(grep -c '^--- [0-9]*\. ' "$top/tests/cli/hostile.out")
importers=$(sed -n 's/^IMPORTERS="\(.*\)"$/\1/p' "$top/tests/cli/hostile.sh")
forms=$(grep -c '^	{ MF_' "$top/tests/unit/test_hostile_forms.c")
echo "bad inputs covered: $cases import cases ($importers) and $forms form values, each refused with its message, nothing changed"
