build2/obj/src/cli/cmd_export.o: src/cli/cmd_export.c src/cli/cli.h \
 src/cli/output_options.h src/io/output.h src/io/encoding.h \
 src/io/sheet.h src/cli/meetings_cli.h src/core/i18n.h src/db/db.h \
 src/report/roster.h
src/cli/cli.h:
src/cli/output_options.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
src/cli/meetings_cli.h:
src/core/i18n.h:
src/db/db.h:
src/report/roster.h:
