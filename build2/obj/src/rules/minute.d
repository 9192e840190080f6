build2/obj/src/rules/minute.o: src/rules/minute.c src/rules/minute.h \
 src/core/date.h src/rules/meetings.h src/rules/vote.h src/core/grow.h \
 src/core/i18n.h src/core/text.h
src/rules/minute.h:
src/core/date.h:
src/rules/meetings.h:
src/rules/vote.h:
src/core/grow.h:
src/core/i18n.h:
src/core/text.h:
