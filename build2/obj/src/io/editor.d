build2/obj/src/io/editor.o: src/io/editor.c src/io/editor.h \
 src/core/i18n.h
src/io/editor.h:
src/core/i18n.h:
