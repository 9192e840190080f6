build2/obj/src/io/paths.o: src/io/paths.c src/io/paths.h
src/io/paths.h:
