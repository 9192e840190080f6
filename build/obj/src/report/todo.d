build/obj/src/report/todo.o: src/report/todo.c src/report/todo.h \
 src/core/date.h src/core/i18n.h src/core/text.h
src/report/todo.h:
src/core/date.h:
src/core/i18n.h:
src/core/text.h:
