build2/obj/src/ui/view_pipeline.o: src/ui/view_pipeline.c src/core/date.h \
 src/core/i18n.h src/core/pinyin.h src/core/text.h src/db/branch.h \
 src/db/candidate.h src/core/workday.h src/rules/pipeline.h \
 src/rules/roster.h src/core/idnum.h src/core/date.h src/rules/vote.h \
 src/db/db.h src/ui/dialog.h src/ui/ui.h src/ui/keys.h src/ui/form.h \
 src/ui/lineedit.h src/ui/views.h
src/core/date.h:
src/core/i18n.h:
src/core/pinyin.h:
src/core/text.h:
src/db/branch.h:
src/db/candidate.h:
src/core/workday.h:
src/rules/pipeline.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
src/rules/vote.h:
src/db/db.h:
src/ui/dialog.h:
src/ui/ui.h:
src/ui/keys.h:
src/ui/form.h:
src/ui/lineedit.h:
src/ui/views.h:
