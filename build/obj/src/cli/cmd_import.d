build/obj/src/cli/cmd_import.o: src/cli/cmd_import.c src/cli/cli.h \
 src/cli/import_members.h src/core/i18n.h
src/cli/cli.h:
src/cli/import_members.h:
src/core/i18n.h:
