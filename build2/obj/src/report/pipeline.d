build2/obj/src/report/pipeline.o: src/report/pipeline.c \
 src/report/pipeline.h src/core/date.h src/rules/pipeline.h \
 src/core/workday.h src/rules/roster.h src/core/idnum.h src/core/date.h \
 src/rules/vote.h src/core/grow.h src/core/i18n.h src/core/text.h \
 src/db/candidate.h src/db/db.h src/db/member.h src/io/sheet.h \
 src/report/roster.h src/report/todo.h
src/report/pipeline.h:
src/core/date.h:
src/rules/pipeline.h:
src/core/workday.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
src/rules/vote.h:
src/core/grow.h:
src/core/i18n.h:
src/core/text.h:
src/db/candidate.h:
src/db/db.h:
src/db/member.h:
src/io/sheet.h:
src/report/roster.h:
src/report/todo.h:
