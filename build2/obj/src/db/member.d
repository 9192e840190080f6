build2/obj/src/db/member.o: src/db/member.c src/db/member.h \
 src/rules/roster.h src/core/date.h src/core/idnum.h src/core/date.h \
 src/core/pinyin.h src/db/db_private.h src/db/db.h src/db/group.h
src/db/member.h:
src/rules/roster.h:
src/core/date.h:
src/core/idnum.h:
src/core/date.h:
src/core/pinyin.h:
src/db/db_private.h:
src/db/db.h:
src/db/group.h:
