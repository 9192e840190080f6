build2/obj/src/report/notice.o: src/report/notice.c src/core/i18n.h \
 src/core/text.h src/db/branch.h src/db/candidate.h src/core/date.h \
 src/core/workday.h src/rules/pipeline.h src/rules/roster.h \
 src/core/idnum.h src/core/date.h src/rules/vote.h src/db/db.h \
 src/report/pipeline.h
src/core/i18n.h:
src/core/text.h:
src/db/branch.h:
src/db/candidate.h:
src/core/date.h:
src/core/workday.h:
src/rules/pipeline.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
src/rules/vote.h:
src/db/db.h:
src/report/pipeline.h:
