build2/obj/src/report/dues.o: src/report/dues.c src/report/dues.h \
 src/core/date.h src/core/grow.h src/core/i18n.h src/core/money.h \
 src/core/text.h src/db/branch.h src/db/db.h src/db/dues.h \
 src/core/idnum.h src/core/date.h src/rules/dues.h src/db/member.h \
 src/rules/roster.h src/io/sheet.h src/report/roster.h src/report/todo.h
src/report/dues.h:
src/core/date.h:
src/core/grow.h:
src/core/i18n.h:
src/core/money.h:
src/core/text.h:
src/db/branch.h:
src/db/db.h:
src/db/dues.h:
src/core/idnum.h:
src/core/date.h:
src/rules/dues.h:
src/db/member.h:
src/rules/roster.h:
src/io/sheet.h:
src/report/roster.h:
src/report/todo.h:
