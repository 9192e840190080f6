build2/obj/src/ui/ui.o: src/ui/ui.c src/ui/ui_private.h src/ui/ui.h \
 src/ui/keys.h src/core/i18n.h src/core/text.h src/ui/dialog.h \
 src/ui/textview.h
src/ui/ui_private.h:
src/ui/ui.h:
src/ui/keys.h:
src/core/i18n.h:
src/core/text.h:
src/ui/dialog.h:
src/ui/textview.h:
