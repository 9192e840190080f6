build2/obj/src/core/pinyin_table.o: src/core/pinyin_table.c \
 src/core/pinyin.h
src/core/pinyin.h:
