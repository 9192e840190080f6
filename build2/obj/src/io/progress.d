build2/obj/src/io/progress.o: src/io/progress.c src/io/progress.h
src/io/progress.h:
