build2/obj/src/rules/vote.o: src/rules/vote.c src/rules/vote.h \
 src/core/i18n.h
src/rules/vote.h:
src/core/i18n.h:
