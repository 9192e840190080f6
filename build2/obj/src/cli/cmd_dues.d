build2/obj/src/cli/cmd_dues.o: src/cli/cmd_dues.c src/cli/cli.h \
 src/cli/output_options.h src/io/output.h src/io/encoding.h \
 src/io/sheet.h src/core/i18n.h src/core/idnum.h src/core/date.h \
 src/core/money.h src/core/text.h src/db/branch.h src/db/db.h \
 src/db/dues.h src/core/date.h src/rules/dues.h src/db/member.h \
 src/rules/roster.h src/report/dues.h
src/cli/cli.h:
src/cli/output_options.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
src/core/i18n.h:
src/core/idnum.h:
src/core/date.h:
src/core/money.h:
src/core/text.h:
src/db/branch.h:
src/db/db.h:
src/db/dues.h:
src/core/date.h:
src/rules/dues.h:
src/db/member.h:
src/rules/roster.h:
src/report/dues.h:
