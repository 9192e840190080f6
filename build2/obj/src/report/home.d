build2/obj/src/report/home.o: src/report/home.c src/report/home.h \
 src/core/date.h src/core/money.h src/report/todo.h src/rules/meetings.h \
 src/rules/vote.h src/rules/pipeline.h src/core/workday.h \
 src/rules/roster.h src/core/idnum.h src/core/date.h src/db/candidate.h \
 src/db/db.h src/db/dues.h src/rules/dues.h src/db/home.h \
 src/db/meeting.h src/rules/minute.h src/core/text.h src/io/paths.h
src/report/home.h:
src/core/date.h:
src/core/money.h:
src/report/todo.h:
src/rules/meetings.h:
src/rules/vote.h:
src/rules/pipeline.h:
src/core/workday.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
src/db/candidate.h:
src/db/db.h:
src/db/dues.h:
src/rules/dues.h:
src/db/home.h:
src/db/meeting.h:
src/rules/minute.h:
src/core/text.h:
src/io/paths.h:
