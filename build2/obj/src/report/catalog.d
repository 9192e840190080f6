build2/obj/src/report/catalog.o: src/report/catalog.c \
 src/report/catalog.h src/core/date.h src/io/output.h src/io/encoding.h \
 src/io/sheet.h src/core/i18n.h src/core/text.h src/db/candidate.h \
 src/core/workday.h src/rules/pipeline.h src/rules/roster.h \
 src/core/idnum.h src/core/date.h src/rules/vote.h src/db/db.h \
 src/db/meeting.h src/rules/meetings.h src/rules/minute.h \
 src/report/disclosure.h src/report/dues.h src/report/meetings.h \
 src/report/pipeline.h src/report/roster.h src/report/stats.h \
 src/report/todo.h
src/report/catalog.h:
src/core/date.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
src/core/i18n.h:
src/core/text.h:
src/db/candidate.h:
src/core/workday.h:
src/rules/pipeline.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
src/rules/vote.h:
src/db/db.h:
src/db/meeting.h:
src/rules/meetings.h:
src/rules/minute.h:
src/report/disclosure.h:
src/report/dues.h:
src/report/meetings.h:
src/report/pipeline.h:
src/report/roster.h:
src/report/stats.h:
src/report/todo.h:
