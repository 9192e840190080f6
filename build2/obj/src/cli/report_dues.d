build2/obj/src/cli/report_dues.o: src/cli/report_dues.c src/cli/cli.h \
 src/cli/dues.h src/cli/output_options.h src/io/output.h \
 src/io/encoding.h src/io/sheet.h src/core/i18n.h src/db/db.h \
 src/report/dues.h src/core/date.h
src/cli/cli.h:
src/cli/dues.h:
src/cli/output_options.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
src/core/i18n.h:
src/db/db.h:
src/report/dues.h:
src/core/date.h:
