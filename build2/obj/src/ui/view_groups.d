build2/obj/src/ui/view_groups.o: src/ui/view_groups.c src/core/grow.h \
 src/core/i18n.h src/core/text.h src/db/group.h src/ui/dialog.h \
 src/ui/ui.h src/ui/keys.h src/ui/form.h src/ui/lineedit.h src/ui/table.h \
 src/ui/views.h src/db/branch.h
src/core/grow.h:
src/core/i18n.h:
src/core/text.h:
src/db/group.h:
src/ui/dialog.h:
src/ui/ui.h:
src/ui/keys.h:
src/ui/form.h:
src/ui/lineedit.h:
src/ui/table.h:
src/ui/views.h:
src/db/branch.h:
