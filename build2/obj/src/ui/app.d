build2/obj/src/ui/app.o: src/ui/app.c src/cli/cli.h src/core/date.h \
 src/core/i18n.h src/core/text.h src/db/branch.h src/db/db.h \
 src/ui/dialog.h src/ui/ui.h src/ui/keys.h src/ui/form.h \
 src/ui/lineedit.h src/ui/views.h
src/cli/cli.h:
src/core/date.h:
src/core/i18n.h:
src/core/text.h:
src/db/branch.h:
src/db/db.h:
src/ui/dialog.h:
src/ui/ui.h:
src/ui/keys.h:
src/ui/form.h:
src/ui/lineedit.h:
src/ui/views.h:
