build/obj/schema.o: build/schema.c src/db/migrations.h
src/db/migrations.h:
