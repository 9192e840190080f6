# No SQL built by string formatting anywhere in src/ (tests/tools/sqlfmt.c
# says what counts).  First the checker proves itself on a fixture: it must
# find exactly the calls marked "<- found" there.
fixture="$TOP/tests/safety/data/sqlfmt-cases.c"
want=$(grep -n '<- found' "$fixture" | grep -v 'marked' | cut -d: -f1 | tr '\n' ' ')
got=$(sqlfmt "$fixture" | cut -d: -f2 | tr '\n' ' ' || true)
if [ "$want" != "$got" ]; then
	echo "sql-format: the checker found lines [$got] in its fixture, expected [$want]"
	exit 1
fi
cd "$TOP"
n=$(ls src/*.c src/*/*.c src/*/*.h | wc -l)
if ! sqlfmt src/*.c src/*/*.c src/*/*.h; then
	echo "sql-format: SQL built by string formatting (use db_stmt with :named parameters)"
	exit 1
fi
echo "sql-format: $n source files, no SQL built by string formatting"
