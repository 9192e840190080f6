build2/obj/src/ui/view_candidate.o: src/ui/view_candidate.c \
 src/core/date.h src/core/i18n.h src/core/idnum.h src/core/date.h \
 src/core/text.h src/db/candidate.h src/core/workday.h \
 src/rules/pipeline.h src/rules/roster.h src/rules/vote.h src/db/db.h \
 src/db/meeting.h src/rules/meetings.h src/rules/minute.h src/db/member.h \
 src/ui/dialog.h src/ui/ui.h src/ui/keys.h src/ui/form.h \
 src/ui/lineedit.h src/ui/table.h src/ui/views.h src/db/branch.h
src/core/date.h:
src/core/i18n.h:
src/core/idnum.h:
src/core/date.h:
src/core/text.h:
src/db/candidate.h:
src/core/workday.h:
src/rules/pipeline.h:
src/rules/roster.h:
src/rules/vote.h:
src/db/db.h:
src/db/meeting.h:
src/rules/meetings.h:
src/rules/minute.h:
src/db/member.h:
src/ui/dialog.h:
src/ui/ui.h:
src/ui/keys.h:
src/ui/form.h:
src/ui/lineedit.h:
src/ui/table.h:
src/ui/views.h:
src/db/branch.h:
