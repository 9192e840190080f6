build2/obj/src/ui/view_dues.o: src/ui/view_dues.c src/core/date.h \
 src/core/i18n.h src/core/money.h src/core/text.h src/db/db.h \
 src/db/member.h src/rules/roster.h src/core/idnum.h src/core/date.h \
 src/ui/dialog.h src/ui/ui.h src/ui/keys.h src/ui/form.h \
 src/ui/lineedit.h src/ui/view_dues.h src/db/dues.h src/rules/dues.h \
 src/ui/views.h src/db/branch.h
src/core/date.h:
src/core/i18n.h:
src/core/money.h:
src/core/text.h:
src/db/db.h:
src/db/member.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
src/ui/dialog.h:
src/ui/ui.h:
src/ui/keys.h:
src/ui/form.h:
src/ui/lineedit.h:
src/ui/view_dues.h:
src/db/dues.h:
src/rules/dues.h:
src/ui/views.h:
src/db/branch.h:
