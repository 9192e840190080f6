build2/obj/src/report/roster.o: src/report/roster.c src/report/roster.h \
 src/core/date.h src/core/i18n.h src/core/idnum.h src/core/date.h \
 src/db/branch.h src/db/db.h src/db/member.h src/rules/roster.h \
 src/io/sheet.h
src/report/roster.h:
src/core/date.h:
src/core/i18n.h:
src/core/idnum.h:
src/core/date.h:
src/db/branch.h:
src/db/db.h:
src/db/member.h:
src/rules/roster.h:
src/io/sheet.h:
