build2/obj/src/ui/view_reports.o: src/ui/view_reports.c src/core/date.h \
 src/core/i18n.h src/core/text.h src/db/db.h src/io/output.h \
 src/io/encoding.h src/io/sheet.h src/io/paths.h src/report/catalog.h \
 src/rules/meetings.h src/rules/vote.h src/rules/pipeline.h \
 src/core/workday.h src/rules/roster.h src/core/idnum.h src/core/date.h \
 src/ui/dialog.h src/ui/ui.h src/ui/keys.h src/ui/form.h \
 src/ui/lineedit.h src/ui/views.h src/db/branch.h
src/core/date.h:
src/core/i18n.h:
src/core/text.h:
src/db/db.h:
src/io/output.h:
src/io/encoding.h:
src/io/sheet.h:
src/io/paths.h:
src/report/catalog.h:
src/rules/meetings.h:
src/rules/vote.h:
src/rules/pipeline.h:
src/core/workday.h:
src/rules/roster.h:
src/core/idnum.h:
src/core/date.h:
src/ui/dialog.h:
src/ui/ui.h:
src/ui/keys.h:
src/ui/form.h:
src/ui/lineedit.h:
src/ui/views.h:
src/db/branch.h:
