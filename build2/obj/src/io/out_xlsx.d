build2/obj/src/io/out_xlsx.o: src/io/out_xlsx.c src/core/i18n.h \
 src/core/text.h src/io/output.h src/io/encoding.h src/io/sheet.h
src/core/i18n.h:
src/core/text.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
