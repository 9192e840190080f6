build2/obj/src/db/writer.o: src/db/writer.c src/db/writer.h \
 src/core/i18n.h
src/db/writer.h:
src/core/i18n.h:
