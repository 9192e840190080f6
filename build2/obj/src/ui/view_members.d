build2/obj/src/ui/view_members.o: src/ui/view_members.c src/core/i18n.h \
 src/core/idnum.h src/core/date.h src/core/text.h src/db/group.h \
 src/db/member.h src/rules/roster.h src/core/date.h src/ui/dialog.h \
 src/ui/ui.h src/ui/keys.h src/ui/form.h src/ui/lineedit.h src/ui/table.h \
 src/ui/views.h src/db/branch.h
src/core/i18n.h:
src/core/idnum.h:
src/core/date.h:
src/core/text.h:
src/db/group.h:
src/db/member.h:
src/rules/roster.h:
src/core/date.h:
src/ui/dialog.h:
src/ui/ui.h:
src/ui/keys.h:
src/ui/form.h:
src/ui/lineedit.h:
src/ui/table.h:
src/ui/views.h:
src/db/branch.h:
