build2/obj/src/db/db.o: src/db/db.c src/db/db_private.h src/db/db.h \
 src/core/date.h src/core/i18n.h src/core/text.h src/db/migrations.h \
 src/db/writer.h src/io/paths.h
src/db/db_private.h:
src/db/db.h:
src/core/date.h:
src/core/i18n.h:
src/core/text.h:
src/db/migrations.h:
src/db/writer.h:
src/io/paths.h:
