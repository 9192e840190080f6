build2/obj/schema.o: build2/schema.c src/db/migrations.h
src/db/migrations.h:
