build2/obj/src/db/evaluation.o: src/db/evaluation.c src/db/evaluation.h \
 src/rules/meetings.h src/core/date.h src/rules/vote.h src/rules/minute.h \
 src/core/i18n.h src/db/db_private.h src/db/db.h src/db/meeting_sql.h
src/db/evaluation.h:
src/rules/meetings.h:
src/core/date.h:
src/rules/vote.h:
src/rules/minute.h:
src/core/i18n.h:
src/db/db_private.h:
src/db/db.h:
src/db/meeting_sql.h:
