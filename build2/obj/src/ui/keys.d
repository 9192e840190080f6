build2/obj/src/ui/keys.o: src/ui/keys.c src/ui/keys.h src/core/i18n.h \
 src/core/text.h
src/ui/keys.h:
src/core/i18n.h:
src/core/text.h:
