build2/obj/src/db/branch.o: src/db/branch.c src/db/branch.h \
 src/db/db_private.h src/db/db.h
src/db/branch.h:
src/db/db_private.h:
src/db/db.h:
