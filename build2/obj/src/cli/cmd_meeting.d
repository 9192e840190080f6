build2/obj/src/cli/cmd_meeting.o: src/cli/cmd_meeting.c src/cli/cli.h \
 src/cli/output_options.h src/io/output.h src/io/encoding.h \
 src/io/sheet.h src/core/i18n.h src/core/text.h src/db/branch.h \
 src/db/db.h src/db/evaluation.h src/rules/meetings.h src/core/date.h \
 src/rules/vote.h src/rules/minute.h src/db/group.h src/db/meeting.h \
 src/db/role.h src/io/editor.h src/report/roster.h
src/cli/cli.h:
src/cli/output_options.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
src/core/i18n.h:
src/core/text.h:
src/db/branch.h:
src/db/db.h:
src/db/evaluation.h:
src/rules/meetings.h:
src/core/date.h:
src/rules/vote.h:
src/rules/minute.h:
src/db/group.h:
src/db/meeting.h:
src/db/role.h:
src/io/editor.h:
src/report/roster.h:
