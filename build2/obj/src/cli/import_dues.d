build2/obj/src/cli/import_dues.o: src/cli/import_dues.c src/cli/cli.h \
 src/cli/dues.h src/cli/import_options.h src/io/encoding.h \
 src/core/keyset.h src/core/i18n.h src/core/idnum.h src/core/date.h \
 src/core/money.h src/core/text.h src/db/db.h src/db/dues.h \
 src/core/date.h src/rules/dues.h src/db/member.h src/rules/roster.h \
 src/io/import.h src/io/csv.h src/io/progress.h
src/cli/cli.h:
src/cli/dues.h:
src/cli/import_options.h:
src/io/encoding.h:
src/core/keyset.h:
src/core/i18n.h:
src/core/idnum.h:
src/core/date.h:
src/core/money.h:
src/core/text.h:
src/db/db.h:
src/db/dues.h:
src/core/date.h:
src/rules/dues.h:
src/db/member.h:
src/rules/roster.h:
src/io/import.h:
src/io/csv.h:
src/io/progress.h:
