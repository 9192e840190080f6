build2/obj/src/cli/demo_disclosures.o: src/cli/demo_disclosures.c \
 src/cli/demo.h src/core/date.h src/core/rng.h src/core/grow.h \
 src/core/text.h src/db/db.h src/db/disclosure.h src/core/workday.h \
 src/rules/disclosure.h src/rules/meetings.h src/rules/vote.h \
 src/db/feedback.h
src/cli/demo.h:
src/core/date.h:
src/core/rng.h:
src/core/grow.h:
src/core/text.h:
src/db/db.h:
src/db/disclosure.h:
src/core/workday.h:
src/rules/disclosure.h:
src/rules/meetings.h:
src/rules/vote.h:
src/db/feedback.h:
