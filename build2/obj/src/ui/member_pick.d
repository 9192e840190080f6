build2/obj/src/ui/member_pick.o: src/ui/member_pick.c \
 src/ui/member_pick.h src/ui/ui.h src/ui/keys.h src/core/i18n.h \
 src/core/text.h src/db/member.h src/rules/roster.h src/core/date.h \
 src/core/idnum.h src/core/date.h src/ui/lineedit.h src/ui/table.h
src/ui/member_pick.h:
src/ui/ui.h:
src/ui/keys.h:
src/core/i18n.h:
src/core/text.h:
src/db/member.h:
src/rules/roster.h:
src/core/date.h:
src/core/idnum.h:
src/core/date.h:
src/ui/lineedit.h:
src/ui/table.h:
