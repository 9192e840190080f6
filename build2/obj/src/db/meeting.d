build2/obj/src/db/meeting.o: src/db/meeting.c src/db/meeting.h \
 src/core/date.h src/rules/meetings.h src/rules/vote.h src/rules/minute.h \
 src/core/grow.h src/core/i18n.h src/core/text.h src/db/branch.h \
 src/db/db_private.h src/db/db.h src/db/group.h src/db/meeting_sql.h
src/db/meeting.h:
src/core/date.h:
src/rules/meetings.h:
src/rules/vote.h:
src/rules/minute.h:
src/core/grow.h:
src/core/i18n.h:
src/core/text.h:
src/db/branch.h:
src/db/db_private.h:
src/db/db.h:
src/db/group.h:
src/db/meeting_sql.h:
