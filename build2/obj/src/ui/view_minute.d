build2/obj/src/ui/view_minute.o: src/ui/view_minute.c src/core/date.h \
 src/core/grow.h src/core/i18n.h src/core/text.h src/db/db.h \
 src/db/group.h src/db/meeting.h src/rules/meetings.h src/rules/vote.h \
 src/rules/minute.h src/db/member.h src/rules/roster.h src/core/idnum.h \
 src/core/date.h src/ui/dialog.h src/ui/ui.h src/ui/keys.h src/ui/form.h \
 src/ui/lineedit.h src/ui/member_pick.h src/ui/table.h src/ui/textedit.h \
 src/ui/views.h src/db/branch.h
src/core/date.h:
src/core/grow.h:
src/core/i18n.h:
src/core/text.h:
src/db/db.h:
src/db/group.h:
src/db/meeting.h:
src/rules/meetings.h:
src/rules/vote.h:
src/rules/minute.h:
src/db/member.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
src/ui/dialog.h:
src/ui/ui.h:
src/ui/keys.h:
src/ui/form.h:
src/ui/lineedit.h:
src/ui/member_pick.h:
src/ui/table.h:
src/ui/textedit.h:
src/ui/views.h:
src/db/branch.h:
