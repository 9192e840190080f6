build2/obj/src/report/disclosure.o: src/report/disclosure.c \
 src/report/disclosure.h src/core/date.h src/core/grow.h src/core/i18n.h \
 src/core/text.h src/db/branch.h src/db/db.h src/core/money.h \
 src/db/disclosure.h src/core/workday.h src/rules/disclosure.h \
 src/rules/meetings.h src/rules/vote.h src/db/dues.h src/core/idnum.h \
 src/core/date.h src/rules/dues.h src/db/feedback.h src/io/sheet.h \
 src/report/roster.h src/report/todo.h
src/report/disclosure.h:
src/core/date.h:
src/core/grow.h:
src/core/i18n.h:
src/core/text.h:
src/db/branch.h:
src/db/db.h:
src/core/money.h:
src/db/disclosure.h:
src/core/workday.h:
src/rules/disclosure.h:
src/rules/meetings.h:
src/rules/vote.h:
src/db/dues.h:
src/core/idnum.h:
src/core/date.h:
src/rules/dues.h:
src/db/feedback.h:
src/io/sheet.h:
src/report/roster.h:
src/report/todo.h:
