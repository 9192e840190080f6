build2/obj/src/db/role.o: src/db/role.c src/db/role.h src/core/date.h \
 src/rules/meetings.h src/rules/vote.h src/rules/minute.h src/core/i18n.h \
 src/db/db_private.h src/db/db.h src/db/meeting_sql.h
src/db/role.h:
src/core/date.h:
src/rules/meetings.h:
src/rules/vote.h:
src/rules/minute.h:
src/core/i18n.h:
src/db/db_private.h:
src/db/db.h:
src/db/meeting_sql.h:
