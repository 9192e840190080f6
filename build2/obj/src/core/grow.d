build2/obj/src/core/grow.o: src/core/grow.c src/core/grow.h
src/core/grow.h:
