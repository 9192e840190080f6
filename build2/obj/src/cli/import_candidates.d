build2/obj/src/cli/import_candidates.o: src/cli/import_candidates.c \
 src/cli/cli.h src/cli/import_options.h src/io/encoding.h \
 src/core/keyset.h src/core/i18n.h src/core/text.h src/db/candidate.h \
 src/core/date.h src/core/workday.h src/rules/pipeline.h \
 src/rules/roster.h src/core/idnum.h src/core/date.h src/rules/vote.h \
 src/db/db.h src/db/member.h src/io/import.h src/io/csv.h \
 src/io/progress.h
src/cli/cli.h:
src/cli/import_options.h:
src/io/encoding.h:
src/core/keyset.h:
src/core/i18n.h:
src/core/text.h:
src/db/candidate.h:
src/core/date.h:
src/core/workday.h:
src/rules/pipeline.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
src/rules/vote.h:
src/db/db.h:
src/db/member.h:
src/io/import.h:
src/io/csv.h:
src/io/progress.h:
