/* Who is writing.  While a zhibu holds the write lock of a database it
 * keeps a small file beside it, PATH-writer (process id, host, since when),
 * so that another zhibu that meets the lock can say who holds it.  The file
 * is written after the lock is taken and removed before it is released; one
 * left by a killed process names a process that no longer runs and is
 * ignored.  Private to src/db. */
#ifndef ZHIBU_WRITER_H
#define ZHIBU_WRITER_H
#include <stdbool.h>
#include <stddef.h>

void writer_mark(const char *db_path);
void writer_clear(const char *db_path);
/* A translated sentence naming the writer, when PATH-writer names a process
 * that still runs (or one on another host); false otherwise. */
bool writer_describe(const char *db_path, char *out, size_t size);

/* Test only: ZHIBU_TEST_HOLD_MS=N makes the outermost commit wait N
 * milliseconds while it holds the write lock, so that a test can meet the
 * lock from a second zhibu.  Does nothing when the variable is not set. */
void writer_test_hold(void);

#endif
