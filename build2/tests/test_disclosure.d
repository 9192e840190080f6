build2/tests/test_disclosure: tests/unit/test_disclosure.c \
 tests/unit/unit.h src/core/date.h src/core/workday.h \
 src/rules/disclosure.h src/rules/meetings.h src/rules/vote.h
tests/unit/unit.h:
src/core/date.h:
src/core/workday.h:
src/rules/disclosure.h:
src/rules/meetings.h:
src/rules/vote.h:
