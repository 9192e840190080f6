build2/obj/src/cli/cmd_candidate.o: src/cli/cmd_candidate.c \
 src/cli/candidate_cli.h src/cli/cli.h src/cli/output_options.h \
 src/io/output.h src/io/encoding.h src/io/sheet.h src/core/i18n.h \
 src/core/idnum.h src/core/date.h src/core/text.h src/db/candidate.h \
 src/core/date.h src/core/workday.h src/rules/pipeline.h \
 src/rules/roster.h src/rules/vote.h src/db/db.h src/report/pipeline.h
src/cli/candidate_cli.h:
src/cli/cli.h:
src/cli/output_options.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
src/core/i18n.h:
src/core/idnum.h:
src/core/date.h:
src/core/text.h:
src/db/candidate.h:
src/core/date.h:
src/core/workday.h:
src/rules/pipeline.h:
src/rules/roster.h:
src/rules/vote.h:
src/db/db.h:
src/report/pipeline.h:
