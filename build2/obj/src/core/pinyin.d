build2/obj/src/core/pinyin.o: src/core/pinyin.c src/core/pinyin.h \
 src/core/text.h
src/core/pinyin.h:
src/core/text.h:
