build2/obj/src/cli/cli.o: src/cli/cli.c src/cli/cli.h src/core/i18n.h \
 src/db/backup.h src/db/db.h
src/cli/cli.h:
src/core/i18n.h:
src/db/backup.h:
src/db/db.h:
