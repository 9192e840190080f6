build2/obj/src/rules/dues.o: src/rules/dues.c src/rules/dues.h \
 src/core/money.h src/core/date.h src/core/i18n.h src/core/text.h \
 src/rules/roster.h src/core/idnum.h src/core/date.h
src/rules/dues.h:
src/core/money.h:
src/core/date.h:
src/core/i18n.h:
src/core/text.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
