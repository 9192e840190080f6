build2/obj/src/db/group.o: src/db/group.c src/db/group.h \
 src/db/db_private.h src/db/db.h
src/db/group.h:
src/db/db_private.h:
src/db/db.h:
