build2/obj/src/rules/disclosure.o: src/rules/disclosure.c \
 src/rules/disclosure.h src/core/date.h src/core/workday.h \
 src/rules/meetings.h src/rules/vote.h src/core/i18n.h src/core/text.h
src/rules/disclosure.h:
src/core/date.h:
src/core/workday.h:
src/rules/meetings.h:
src/rules/vote.h:
src/core/i18n.h:
src/core/text.h:
