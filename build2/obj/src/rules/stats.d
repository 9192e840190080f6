build2/obj/src/rules/stats.o: src/rules/stats.c src/rules/stats.h \
 src/core/date.h src/core/grow.h src/core/text.h src/rules/roster.h \
 src/core/idnum.h src/core/date.h
src/rules/stats.h:
src/core/date.h:
src/core/grow.h:
src/core/text.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
