build2/obj/src/cli/report_disclosures.o: src/cli/report_disclosures.c \
 src/cli/cli.h src/cli/disclose_cli.h src/core/date.h \
 src/cli/output_options.h src/io/output.h src/io/encoding.h \
 src/io/sheet.h src/core/i18n.h src/db/db.h src/report/disclosure.h
src/cli/cli.h:
src/cli/disclose_cli.h:
src/core/date.h:
src/cli/output_options.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
src/core/i18n.h:
src/db/db.h:
src/report/disclosure.h:
