build2/obj/src/rules/roster.o: src/rules/roster.c src/rules/roster.h \
 src/core/date.h src/core/idnum.h src/core/date.h src/core/i18n.h \
 src/core/text.h
src/rules/roster.h:
src/core/date.h:
src/core/idnum.h:
src/core/date.h:
src/core/i18n.h:
src/core/text.h:
