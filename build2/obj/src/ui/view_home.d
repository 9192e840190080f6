build2/obj/src/ui/view_home.o: src/ui/view_home.c src/core/date.h \
 src/core/i18n.h src/core/text.h src/db/db.h src/db/home.h src/db/dues.h \
 src/core/idnum.h src/core/date.h src/core/money.h src/rules/dues.h \
 src/report/home.h src/report/todo.h src/rules/meetings.h \
 src/rules/vote.h src/rules/pipeline.h src/core/workday.h \
 src/rules/roster.h src/ui/views.h src/db/branch.h src/ui/ui.h \
 src/ui/keys.h
src/core/date.h:
src/core/i18n.h:
src/core/text.h:
src/db/db.h:
src/db/home.h:
src/db/dues.h:
src/core/idnum.h:
src/core/date.h:
src/core/money.h:
src/rules/dues.h:
src/report/home.h:
src/report/todo.h:
src/rules/meetings.h:
src/rules/vote.h:
src/rules/pipeline.h:
src/core/workday.h:
src/rules/roster.h:
src/ui/views.h:
src/db/branch.h:
src/ui/ui.h:
src/ui/keys.h:
