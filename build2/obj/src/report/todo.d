build2/obj/src/report/todo.o: src/report/todo.c src/report/todo.h \
 src/core/date.h src/core/grow.h src/core/i18n.h src/core/text.h \
 src/io/sheet.h src/report/disclosure.h src/report/dues.h \
 src/report/meetings.h src/report/pipeline.h src/rules/pipeline.h \
 src/core/workday.h src/rules/roster.h src/core/idnum.h src/core/date.h \
 src/rules/vote.h src/report/roster.h
src/report/todo.h:
src/core/date.h:
src/core/grow.h:
src/core/i18n.h:
src/core/text.h:
src/io/sheet.h:
src/report/disclosure.h:
src/report/dues.h:
src/report/meetings.h:
src/report/pipeline.h:
src/rules/pipeline.h:
src/core/workday.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
src/rules/vote.h:
src/report/roster.h:
