build/obj/src/cli/app_fallback.o: src/cli/app_fallback.c src/cli/cli.h \
 src/cli/output_options.h src/io/output.h src/io/encoding.h \
 src/io/sheet.h src/db/db.h src/report/roster.h
src/cli/cli.h:
src/cli/output_options.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
src/db/db.h:
src/report/roster.h:
