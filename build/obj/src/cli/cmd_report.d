build/obj/src/cli/cmd_report.o: src/cli/cmd_report.c src/cli/cli.h \
 src/core/i18n.h
src/cli/cli.h:
src/core/i18n.h:
