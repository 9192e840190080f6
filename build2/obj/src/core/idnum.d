build2/obj/src/core/idnum.o: src/core/idnum.c src/core/idnum.h \
 src/core/date.h src/core/i18n.h
src/core/idnum.h:
src/core/date.h:
src/core/i18n.h:
