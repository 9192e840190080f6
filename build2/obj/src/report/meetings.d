build2/obj/src/report/meetings.o: src/report/meetings.c \
 src/report/meetings.h src/core/date.h src/core/i18n.h src/core/text.h \
 src/db/db.h src/db/evaluation.h src/rules/meetings.h src/rules/vote.h \
 src/rules/minute.h src/db/meeting.h src/io/sheet.h src/report/roster.h \
 src/report/todo.h
src/report/meetings.h:
src/core/date.h:
src/core/i18n.h:
src/core/text.h:
src/db/db.h:
src/db/evaluation.h:
src/rules/meetings.h:
src/rules/vote.h:
src/rules/minute.h:
src/db/meeting.h:
src/io/sheet.h:
src/report/roster.h:
src/report/todo.h:
