build2/obj/src/main.o: src/main.c src/cli/cli.h src/cli/disclose_cli.h \
 src/core/date.h src/core/date.h src/core/i18n.h src/db/db.h \
 src/io/paths.h
src/cli/cli.h:
src/cli/disclose_cli.h:
src/core/date.h:
src/core/date.h:
src/core/i18n.h:
src/db/db.h:
src/io/paths.h:
