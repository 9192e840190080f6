build2/obj/src/cli/report_stats.o: src/cli/report_stats.c \
 src/cli/output_options.h src/io/output.h src/io/encoding.h \
 src/io/sheet.h src/cli/stats_cli.h src/report/stats.h src/core/date.h
src/cli/output_options.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
src/cli/stats_cli.h:
src/report/stats.h:
src/core/date.h:
