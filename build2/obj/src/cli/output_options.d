build2/obj/src/cli/output_options.o: src/cli/output_options.c \
 src/cli/output_options.h src/io/output.h src/io/encoding.h \
 src/io/sheet.h src/cli/cli.h src/core/date.h src/core/i18n.h src/db/db.h
src/cli/output_options.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
src/cli/cli.h:
src/core/date.h:
src/core/i18n.h:
src/db/db.h:
