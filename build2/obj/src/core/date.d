build2/obj/src/core/date.o: src/core/date.c src/core/date.h \
 src/core/i18n.h
src/core/date.h:
src/core/i18n.h:
