build2/obj/src/db/dues.o: src/db/dues.c src/db/dues.h src/core/date.h \
 src/core/idnum.h src/core/date.h src/core/money.h src/rules/dues.h \
 src/core/grow.h src/core/i18n.h src/core/text.h src/db/branch.h \
 src/db/db_private.h src/db/db.h src/db/member.h src/rules/roster.h
src/db/dues.h:
src/core/date.h:
src/core/idnum.h:
src/core/date.h:
src/core/money.h:
src/rules/dues.h:
src/core/grow.h:
src/core/i18n.h:
src/core/text.h:
src/db/branch.h:
src/db/db_private.h:
src/db/db.h:
src/db/member.h:
src/rules/roster.h:
