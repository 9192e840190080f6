build2/obj/src/cli/cmd_init.o: src/cli/cmd_init.c src/cli/cli.h \
 src/core/date.h src/core/i18n.h src/core/text.h src/db/branch.h \
 src/db/db.h
src/cli/cli.h:
src/core/date.h:
src/core/i18n.h:
src/core/text.h:
src/db/branch.h:
src/db/db.h:
