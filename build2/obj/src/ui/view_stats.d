build2/obj/src/ui/view_stats.o: src/ui/view_stats.c src/core/date.h \
 src/core/i18n.h src/core/text.h src/db/db.h src/db/stats.h \
 src/rules/stats.h src/ui/dialog.h src/ui/ui.h src/ui/keys.h \
 src/ui/form.h src/ui/lineedit.h src/ui/views.h src/db/branch.h
src/core/date.h:
src/core/i18n.h:
src/core/text.h:
src/db/db.h:
src/db/stats.h:
src/rules/stats.h:
src/ui/dialog.h:
src/ui/ui.h:
src/ui/keys.h:
src/ui/form.h:
src/ui/lineedit.h:
src/ui/views.h:
src/db/branch.h:
