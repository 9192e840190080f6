build2/obj/src/rules/meetings.o: src/rules/meetings.c \
 src/rules/meetings.h src/core/date.h src/rules/vote.h src/core/i18n.h \
 src/core/text.h
src/rules/meetings.h:
src/core/date.h:
src/rules/vote.h:
src/core/i18n.h:
src/core/text.h:
