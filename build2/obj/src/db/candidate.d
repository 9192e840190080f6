build2/obj/src/db/candidate.o: src/db/candidate.c src/db/candidate.h \
 src/core/date.h src/core/workday.h src/rules/pipeline.h \
 src/rules/roster.h src/core/idnum.h src/core/date.h src/rules/vote.h \
 src/core/grow.h src/core/i18n.h src/core/text.h src/db/branch.h \
 src/db/db_private.h src/db/db.h src/db/member.h
src/db/candidate.h:
src/core/date.h:
src/core/workday.h:
src/rules/pipeline.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
src/rules/vote.h:
src/core/grow.h:
src/core/i18n.h:
src/core/text.h:
src/db/branch.h:
src/db/db_private.h:
src/db/db.h:
src/db/member.h:
