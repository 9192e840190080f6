build2/obj/src/report/stats.o: src/report/stats.c src/report/stats.h \
 src/core/date.h src/core/i18n.h src/db/branch.h src/db/stats.h \
 src/rules/stats.h src/io/sheet.h
src/report/stats.h:
src/core/date.h:
src/core/i18n.h:
src/db/branch.h:
src/db/stats.h:
src/rules/stats.h:
src/io/sheet.h:
