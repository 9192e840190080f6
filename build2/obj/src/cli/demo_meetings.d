build2/obj/src/cli/demo_meetings.o: src/cli/demo_meetings.c \
 src/cli/demo.h src/core/date.h src/core/rng.h src/core/i18n.h \
 src/db/db.h src/db/evaluation.h src/rules/meetings.h src/rules/vote.h \
 src/rules/minute.h src/db/group.h src/db/meeting.h src/db/member.h \
 src/rules/roster.h src/core/idnum.h src/core/date.h src/db/role.h \
 src/io/progress.h
src/cli/demo.h:
src/core/date.h:
src/core/rng.h:
src/core/i18n.h:
src/db/db.h:
src/db/evaluation.h:
src/rules/meetings.h:
src/rules/vote.h:
src/rules/minute.h:
src/db/group.h:
src/db/meeting.h:
src/db/member.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
src/db/role.h:
src/io/progress.h:
