build2/obj/src/ui/table.o: src/ui/table.c src/ui/table.h src/ui/ui.h \
 src/ui/keys.h src/core/i18n.h src/core/text.h
src/ui/table.h:
src/ui/ui.h:
src/ui/keys.h:
src/core/i18n.h:
src/core/text.h:
