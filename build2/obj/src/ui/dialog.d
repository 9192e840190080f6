build2/obj/src/ui/dialog.o: src/ui/dialog.c src/ui/dialog.h src/ui/ui.h \
 src/ui/keys.h src/core/i18n.h src/core/text.h
src/ui/dialog.h:
src/ui/ui.h:
src/ui/keys.h:
src/core/i18n.h:
src/core/text.h:
