build2/obj/src/cli/import_options.o: src/cli/import_options.c \
 src/cli/import_options.h src/io/encoding.h src/cli/cli.h src/core/i18n.h \
 src/db/db.h src/io/import.h src/io/csv.h
src/cli/import_options.h:
src/io/encoding.h:
src/cli/cli.h:
src/core/i18n.h:
src/db/db.h:
src/io/import.h:
src/io/csv.h:
