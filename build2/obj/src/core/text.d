build2/obj/src/core/text.o: src/core/text.c src/core/text.h
src/core/text.h:
