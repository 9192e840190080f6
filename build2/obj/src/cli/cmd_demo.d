build2/obj/src/cli/cmd_demo.o: src/cli/cmd_demo.c src/cli/cli.h \
 src/cli/demo.h src/core/date.h src/core/rng.h src/core/i18n.h \
 src/db/db.h src/db/member.h src/rules/roster.h src/core/idnum.h \
 src/core/date.h
src/cli/cli.h:
src/cli/demo.h:
src/core/date.h:
src/core/rng.h:
src/core/i18n.h:
src/db/db.h:
src/db/member.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
