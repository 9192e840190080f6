build2/obj/src/cli/demo_dues.o: src/cli/demo_dues.c src/cli/demo.h \
 src/core/date.h src/core/rng.h src/core/i18n.h src/core/text.h \
 src/db/branch.h src/db/db.h src/db/dues.h src/core/idnum.h \
 src/core/date.h src/core/money.h src/rules/dues.h src/db/member.h \
 src/rules/roster.h src/io/progress.h
src/cli/demo.h:
src/core/date.h:
src/core/rng.h:
src/core/i18n.h:
src/core/text.h:
src/db/branch.h:
src/db/db.h:
src/db/dues.h:
src/core/idnum.h:
src/core/date.h:
src/core/money.h:
src/rules/dues.h:
src/db/member.h:
src/rules/roster.h:
src/io/progress.h:
