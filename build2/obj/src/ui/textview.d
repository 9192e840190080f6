build2/obj/src/ui/textview.o: src/ui/textview.c src/ui/textview.h \
 src/ui/ui.h src/ui/keys.h src/core/i18n.h src/core/grow.h \
 src/core/text.h
src/ui/textview.h:
src/ui/ui.h:
src/ui/keys.h:
src/core/i18n.h:
src/core/grow.h:
src/core/text.h:
