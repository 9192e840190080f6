build2/obj/src/io/sheet.o: src/io/sheet.c src/io/sheet.h
src/io/sheet.h:
