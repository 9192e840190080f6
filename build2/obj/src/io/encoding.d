build2/obj/src/io/encoding.o: src/io/encoding.c src/io/encoding.h \
 src/core/i18n.h src/core/text.h
src/io/encoding.h:
src/core/i18n.h:
src/core/text.h:
