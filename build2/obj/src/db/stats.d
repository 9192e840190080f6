build2/obj/src/db/stats.o: src/db/stats.c src/db/stats.h \
 src/rules/stats.h src/core/date.h src/db/db_private.h src/db/db.h
src/db/stats.h:
src/rules/stats.h:
src/core/date.h:
src/db/db_private.h:
src/db/db.h:
