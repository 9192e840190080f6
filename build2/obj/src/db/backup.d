build2/obj/src/db/backup.o: src/db/backup.c src/db/backup.h \
 src/core/date.h src/core/grow.h src/core/i18n.h src/db/branch.h \
 src/db/db_private.h src/db/db.h src/db/writer.h src/io/paths.h
src/db/backup.h:
src/core/date.h:
src/core/grow.h:
src/core/i18n.h:
src/db/branch.h:
src/db/db_private.h:
src/db/db.h:
src/db/writer.h:
src/io/paths.h:
