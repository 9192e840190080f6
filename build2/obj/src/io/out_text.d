build2/obj/src/io/out_text.o: src/io/out_text.c src/core/text.h \
 src/io/csv.h src/io/output.h src/io/encoding.h src/io/sheet.h
src/core/text.h:
src/io/csv.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
