build2/obj/src/cli/cmd_doctor.o: src/cli/cmd_doctor.c src/cli/cli.h \
 src/core/i18n.h src/db/backup.h src/db/db.h src/io/paths.h
src/cli/cli.h:
src/core/i18n.h:
src/db/backup.h:
src/db/db.h:
src/io/paths.h:
