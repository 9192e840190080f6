build2/obj/src/ui/lineedit.o: src/ui/lineedit.c src/ui/lineedit.h \
 src/core/text.h src/ui/keys.h src/core/i18n.h
src/ui/lineedit.h:
src/core/text.h:
src/ui/keys.h:
src/core/i18n.h:
