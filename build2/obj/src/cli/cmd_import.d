build2/obj/src/cli/cmd_import.o: src/cli/cmd_import.c src/cli/cli.h \
 src/cli/import_members.h src/cli/disclose_cli.h src/core/date.h \
 src/cli/dues.h src/cli/meetings_cli.h src/core/i18n.h
src/cli/cli.h:
src/cli/import_members.h:
src/cli/disclose_cli.h:
src/core/date.h:
src/cli/dues.h:
src/cli/meetings_cli.h:
src/core/i18n.h:
