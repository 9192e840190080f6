build2/obj/src/cli/import_meetings.o: src/cli/import_meetings.c \
 src/cli/cli.h src/cli/import_options.h src/io/encoding.h \
 src/core/keyset.h src/cli/meetings_cli.h src/core/i18n.h src/db/db.h \
 src/db/meeting.h src/core/date.h src/rules/meetings.h src/rules/vote.h \
 src/rules/minute.h src/io/import.h src/io/csv.h src/io/progress.h
src/cli/cli.h:
src/cli/import_options.h:
src/io/encoding.h:
src/core/keyset.h:
src/cli/meetings_cli.h:
src/core/i18n.h:
src/db/db.h:
src/db/meeting.h:
src/core/date.h:
src/rules/meetings.h:
src/rules/vote.h:
src/rules/minute.h:
src/io/import.h:
src/io/csv.h:
src/io/progress.h:
