build2/obj/src/core/workday.o: src/core/workday.c src/core/workday.h \
 src/core/date.h src/core/grow.h
src/core/workday.h:
src/core/date.h:
src/core/grow.h:
