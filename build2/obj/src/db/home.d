build2/obj/src/db/home.o: src/db/home.c src/db/home.h src/core/date.h \
 src/db/db_private.h src/db/db.h
src/db/home.h:
src/core/date.h:
src/db/db_private.h:
src/db/db.h:
