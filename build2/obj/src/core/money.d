build2/obj/src/core/money.o: src/core/money.c src/core/money.h \
 src/core/i18n.h
src/core/money.h:
src/core/i18n.h:
