build2/obj/src/ui/ui_script.o: src/ui/ui_script.c src/ui/ui_private.h \
 src/ui/ui.h src/ui/keys.h src/core/i18n.h src/core/text.h
src/ui/ui_private.h:
src/ui/ui.h:
src/ui/keys.h:
src/core/i18n.h:
src/core/text.h:
