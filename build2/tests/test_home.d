build2/tests/test_home: tests/unit/test_home.c tests/unit/unit.h \
 src/core/date.h src/db/branch.h src/db/db.h src/db/dues.h \
 src/core/idnum.h src/core/date.h src/core/money.h src/rules/dues.h \
 src/db/home.h src/db/member.h src/rules/roster.h src/report/home.h \
 src/report/todo.h src/rules/meetings.h src/rules/vote.h \
 src/rules/pipeline.h src/core/workday.h
tests/unit/unit.h:
src/core/date.h:
src/db/branch.h:
src/db/db.h:
src/db/dues.h:
src/core/idnum.h:
src/core/date.h:
src/core/money.h:
src/rules/dues.h:
src/db/home.h:
src/db/member.h:
src/rules/roster.h:
src/report/home.h:
src/report/todo.h:
src/rules/meetings.h:
src/rules/vote.h:
src/rules/pipeline.h:
src/core/workday.h:
