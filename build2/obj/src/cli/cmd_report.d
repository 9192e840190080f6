build2/obj/src/cli/cmd_report.o: src/cli/cmd_report.c src/cli/cli.h \
 src/core/i18n.h src/cli/disclose_cli.h src/core/date.h src/cli/dues.h \
 src/cli/meetings_cli.h src/cli/stats_cli.h
src/cli/cli.h:
src/core/i18n.h:
src/cli/disclose_cli.h:
src/core/date.h:
src/cli/dues.h:
src/cli/meetings_cli.h:
src/cli/stats_cli.h:
