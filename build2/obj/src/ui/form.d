build2/obj/src/ui/form.o: src/ui/form.c src/ui/form.h src/ui/lineedit.h \
 src/ui/ui.h src/ui/keys.h src/core/i18n.h src/core/text.h \
 src/ui/dialog.h src/ui/member_pick.h
src/ui/form.h:
src/ui/lineedit.h:
src/ui/ui.h:
src/ui/keys.h:
src/core/i18n.h:
src/core/text.h:
src/ui/dialog.h:
src/ui/member_pick.h:
