build2/obj/src/io/output.o: src/io/output.c src/io/output.h \
 src/io/encoding.h src/io/sheet.h src/core/i18n.h
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
src/core/i18n.h:
