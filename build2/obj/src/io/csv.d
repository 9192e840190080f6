build2/obj/src/io/csv.o: src/io/csv.c src/io/csv.h src/core/i18n.h
src/io/csv.h:
src/core/i18n.h:
