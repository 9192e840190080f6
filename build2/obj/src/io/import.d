build2/obj/src/io/import.o: src/io/import.c src/io/import.h src/io/csv.h \
 src/io/encoding.h src/core/i18n.h src/core/text.h
src/io/import.h:
src/io/csv.h:
src/io/encoding.h:
src/core/i18n.h:
src/core/text.h:
