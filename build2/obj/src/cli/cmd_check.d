build2/obj/src/cli/cmd_check.o: src/cli/cmd_check.c src/cli/cli.h \
 src/cli/output_options.h src/io/output.h src/io/encoding.h \
 src/io/sheet.h src/core/i18n.h src/db/db.h src/report/todo.h \
 src/core/date.h
src/cli/cli.h:
src/cli/output_options.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
src/core/i18n.h:
src/db/db.h:
src/report/todo.h:
src/core/date.h:
