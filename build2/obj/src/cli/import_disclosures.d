build2/obj/src/cli/import_disclosures.o: src/cli/import_disclosures.c \
 src/cli/cli.h src/cli/disclose_cli.h src/core/date.h \
 src/cli/import_options.h src/io/encoding.h src/core/i18n.h \
 src/core/keyset.h src/core/text.h src/db/db.h src/db/disclosure.h \
 src/core/workday.h src/rules/disclosure.h src/rules/meetings.h \
 src/rules/vote.h src/db/feedback.h src/io/import.h src/io/csv.h \
 src/io/progress.h
src/cli/cli.h:
src/cli/disclose_cli.h:
src/core/date.h:
src/cli/import_options.h:
src/io/encoding.h:
src/core/i18n.h:
src/core/keyset.h:
src/core/text.h:
src/db/db.h:
src/db/disclosure.h:
src/core/workday.h:
src/rules/disclosure.h:
src/rules/meetings.h:
src/rules/vote.h:
src/db/feedback.h:
src/io/import.h:
src/io/csv.h:
src/io/progress.h:
