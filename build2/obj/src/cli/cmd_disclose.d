build2/obj/src/cli/cmd_disclose.o: src/cli/cmd_disclose.c src/cli/cli.h \
 src/cli/disclose_cli.h src/core/date.h src/core/i18n.h src/core/text.h \
 src/db/branch.h src/db/db.h src/db/disclosure.h src/core/workday.h \
 src/rules/disclosure.h src/rules/meetings.h src/rules/vote.h \
 src/report/disclosure.h
src/cli/cli.h:
src/cli/disclose_cli.h:
src/core/date.h:
src/core/i18n.h:
src/core/text.h:
src/db/branch.h:
src/db/db.h:
src/db/disclosure.h:
src/core/workday.h:
src/rules/disclosure.h:
src/rules/meetings.h:
src/rules/vote.h:
src/report/disclosure.h:
