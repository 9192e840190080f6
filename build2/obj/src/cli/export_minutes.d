build2/obj/src/cli/export_minutes.o: src/cli/export_minutes.c \
 src/cli/cli.h src/cli/meetings_cli.h src/cli/output_options.h \
 src/io/output.h src/io/encoding.h src/io/sheet.h src/core/i18n.h \
 src/db/db.h src/db/meeting.h src/core/date.h src/rules/meetings.h \
 src/rules/vote.h src/rules/minute.h src/report/meetings.h
src/cli/cli.h:
src/cli/meetings_cli.h:
src/cli/output_options.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
src/core/i18n.h:
src/db/db.h:
src/db/meeting.h:
src/core/date.h:
src/rules/meetings.h:
src/rules/vote.h:
src/rules/minute.h:
src/report/meetings.h:
