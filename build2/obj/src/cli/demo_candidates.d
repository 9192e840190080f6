build2/obj/src/cli/demo_candidates.o: src/cli/demo_candidates.c \
 src/cli/demo.h src/core/date.h src/core/rng.h src/core/i18n.h \
 src/db/candidate.h src/core/workday.h src/rules/pipeline.h \
 src/rules/roster.h src/core/idnum.h src/core/date.h src/rules/vote.h \
 src/db/db.h src/db/member.h src/io/progress.h
src/cli/demo.h:
src/core/date.h:
src/core/rng.h:
src/core/i18n.h:
src/db/candidate.h:
src/core/workday.h:
src/rules/pipeline.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
src/rules/vote.h:
src/db/db.h:
src/db/member.h:
src/io/progress.h:
