build2/obj/src/ui/textedit.o: src/ui/textedit.c src/ui/textedit.h \
 src/ui/ui.h src/ui/keys.h src/core/i18n.h src/core/text.h \
 src/io/editor.h
src/ui/textedit.h:
src/ui/ui.h:
src/ui/keys.h:
src/core/i18n.h:
src/core/text.h:
src/io/editor.h:
