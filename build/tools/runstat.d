build/tools/runstat: tests/tools/runstat.c
