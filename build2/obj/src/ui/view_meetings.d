build2/obj/src/ui/view_meetings.o: src/ui/view_meetings.c src/core/date.h \
 src/core/grow.h src/core/i18n.h src/core/text.h src/db/db.h \
 src/db/meeting.h src/rules/meetings.h src/rules/vote.h \
 src/rules/minute.h src/ui/dialog.h src/ui/ui.h src/ui/keys.h \
 src/ui/table.h src/ui/views.h src/db/branch.h
src/core/date.h:
src/core/grow.h:
src/core/i18n.h:
src/core/text.h:
src/db/db.h:
src/db/meeting.h:
src/rules/meetings.h:
src/rules/vote.h:
src/rules/minute.h:
src/ui/dialog.h:
src/ui/ui.h:
src/ui/keys.h:
src/ui/table.h:
src/ui/views.h:
src/db/branch.h:
