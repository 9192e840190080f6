build2/obj/src/db/feedback.o: src/db/feedback.c src/db/feedback.h \
 src/core/date.h src/rules/disclosure.h src/core/workday.h \
 src/rules/meetings.h src/rules/vote.h src/core/i18n.h src/core/text.h \
 src/db/db_private.h src/db/db.h src/db/meeting.h src/rules/minute.h
src/db/feedback.h:
src/core/date.h:
src/rules/disclosure.h:
src/core/workday.h:
src/rules/meetings.h:
src/rules/vote.h:
src/core/i18n.h:
src/core/text.h:
src/db/db_private.h:
src/db/db.h:
src/db/meeting.h:
src/rules/minute.h:
