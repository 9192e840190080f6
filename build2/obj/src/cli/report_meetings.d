build2/obj/src/cli/report_meetings.o: src/cli/report_meetings.c \
 src/cli/cli.h src/cli/meetings_cli.h src/cli/output_options.h \
 src/io/output.h src/io/encoding.h src/io/sheet.h src/core/date.h \
 src/core/i18n.h src/db/db.h src/report/meetings.h src/rules/meetings.h \
 src/rules/vote.h
src/cli/cli.h:
src/cli/meetings_cli.h:
src/cli/output_options.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
src/core/date.h:
src/core/i18n.h:
src/db/db.h:
src/report/meetings.h:
src/rules/meetings.h:
src/rules/vote.h:
