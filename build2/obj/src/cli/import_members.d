build2/obj/src/cli/import_members.o: src/cli/import_members.c \
 src/cli/import_members.h src/cli/cli.h src/cli/import_options.h \
 src/io/encoding.h src/core/keyset.h src/core/i18n.h src/db/db.h \
 src/db/member.h src/rules/roster.h src/core/date.h src/core/idnum.h \
 src/core/date.h src/io/import.h src/io/csv.h src/io/progress.h
src/cli/import_members.h:
src/cli/cli.h:
src/cli/import_options.h:
src/io/encoding.h:
src/core/keyset.h:
src/core/i18n.h:
src/db/db.h:
src/db/member.h:
src/rules/roster.h:
src/core/date.h:
src/core/idnum.h:
src/core/date.h:
src/io/import.h:
src/io/csv.h:
src/io/progress.h:
