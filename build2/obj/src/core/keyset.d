build2/obj/src/core/keyset.o: src/core/keyset.c src/core/keyset.h
src/core/keyset.h:
