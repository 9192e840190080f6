build2/obj/src/cli/cmd_backup.o: src/cli/cmd_backup.c src/cli/cli.h \
 src/core/i18n.h src/db/backup.h src/db/db.h src/db/member.h \
 src/rules/roster.h src/core/date.h src/core/idnum.h src/core/date.h
src/cli/cli.h:
src/core/i18n.h:
src/db/backup.h:
src/db/db.h:
src/db/member.h:
src/rules/roster.h:
src/core/date.h:
src/core/idnum.h:
src/core/date.h:
