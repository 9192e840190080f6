build2/obj/src/db/disclosure.o: src/db/disclosure.c src/db/disclosure.h \
 src/core/date.h src/core/workday.h src/rules/disclosure.h \
 src/rules/meetings.h src/rules/vote.h src/core/i18n.h src/core/text.h \
 src/db/branch.h src/db/candidate.h src/rules/pipeline.h \
 src/rules/roster.h src/core/idnum.h src/core/date.h src/db/db_private.h \
 src/db/db.h
src/db/disclosure.h:
src/core/date.h:
src/core/workday.h:
src/rules/disclosure.h:
src/rules/meetings.h:
src/rules/vote.h:
src/core/i18n.h:
src/core/text.h:
src/db/branch.h:
src/db/candidate.h:
src/rules/pipeline.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
src/db/db_private.h:
src/db/db.h:
