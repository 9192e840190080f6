build2/obj/src/ui/view_dues_forms.o: src/ui/view_dues_forms.c \
 src/core/date.h src/core/grow.h src/core/i18n.h src/core/money.h \
 src/core/text.h src/db/branch.h src/db/db.h src/db/dues.h \
 src/core/idnum.h src/core/date.h src/rules/dues.h src/db/member.h \
 src/rules/roster.h src/ui/dialog.h src/ui/ui.h src/ui/keys.h \
 src/ui/form.h src/ui/lineedit.h src/ui/table.h src/ui/view_dues.h \
 src/ui/views.h
src/core/date.h:
src/core/grow.h:
src/core/i18n.h:
src/core/money.h:
src/core/text.h:
src/db/branch.h:
src/db/db.h:
src/db/dues.h:
src/core/idnum.h:
src/core/date.h:
src/rules/dues.h:
src/db/member.h:
src/rules/roster.h:
src/ui/dialog.h:
src/ui/ui.h:
src/ui/keys.h:
src/ui/form.h:
src/ui/lineedit.h:
src/ui/table.h:
src/ui/view_dues.h:
src/ui/views.h:
