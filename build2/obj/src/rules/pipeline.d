build2/obj/src/rules/pipeline.o: src/rules/pipeline.c \
 src/rules/pipeline.h src/core/date.h src/core/workday.h \
 src/rules/roster.h src/core/idnum.h src/core/date.h src/rules/vote.h \
 src/core/i18n.h src/core/text.h
src/rules/pipeline.h:
src/core/date.h:
src/core/workday.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
src/rules/vote.h:
src/core/i18n.h:
src/core/text.h:
