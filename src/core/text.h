/* UTF-8 text and its width on a terminal or in a fixed-width table.
 * All width logic lives here: a CJK character takes two columns, and text is
 * never cut inside a character. */
#ifndef ZHIBU_TEXT_H
#define ZHIBU_TEXT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decode one character at s (at most len bytes).  Returns the number of
 * bytes used (1..4), or 0 at the end; an invalid byte decodes as U+FFFD and
 * uses one byte. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Encode cp into out (at least 4 bytes); returns the number of bytes. */
size_t utf8_encode(uint32_t cp, char *out);
/* True when the len bytes at s are well-formed UTF-8. */
bool utf8_valid(const char *s, size_t len, size_t *bad_offset);
/* Number of characters. */
size_t utf8_chars(const char *s);
/* The start of the character before byte at of s (0 at the start): steps
 * back over continuation bytes. */
size_t utf8_prev(const char *s, size_t at);

/* Columns that one character takes: 0 (combining, control), 1 or 2. */
int text_char_width(uint32_t cp);
/* Where the combining marks that stand at byte at of s (len bytes) end:
 * at itself when there are none. */
size_t text_skip_marks(const char *s, size_t len, size_t at);
/* A cursor's steps over s (len bytes): the end of the character at byte at
 * with the combining marks that follow it, and the start of the character
 * before at together with its marks. */
size_t text_next_cluster(const char *s, size_t len, size_t at);
size_t text_prev_cluster(const char *s, size_t len, size_t at);
/* Columns that the whole string takes. */
int text_width(const char *s);
/* Copy into dst (dst_size bytes) the longest prefix of s that fits in width
 * columns; when s is cut, the last column shows "…".  Returns the width of
 * what was copied. */
int text_fit(char *dst, size_t dst_size, const char *s, int width);
/* Like text_fit, but a cut falls before a word, number or date rather than
 * inside it (while half of width is kept), and not after a space or an
 * opening bracket: "党费（zhibu du…" becomes "党费…", "（自 20…" "…". */
int text_fit_words(char *dst, size_t dst_size, const char *s, int width);
/* The rest of s after its first cols columns (a view scrolled sideways);
 * when a wide character straddles the edge, *pad is the columns of it
 * left to show as spaces (0 or 1).  Returns a pointer into s. */
const char *text_skip(const char *s, int cols, int *pad);
/* Like text_fit, then pad with spaces to exactly width columns (left-aligned;
 * right-aligned when right is true). */
int text_pad(char *dst, size_t dst_size, const char *s, int width, bool right);

/* Where to break s into lines of at most width columns: returns the bytes
 * of the first line and sets *next to where the following line starts
 * (after the space it broke at).  Breaks at a space in the second half of
 * the line when there is one, else between any two characters (Chinese text
 * has no spaces) but not inside a date, time or number (2026-05-22, 14:30,
 * 1,234.50) nor before closing punctuation (，。、）) while the line keeps
 * something; a newline always ends a line; a single
 * character wider than width still makes a line.  Loop while *s is not
 * NUL: an empty line (two newlines) also returns 0. */
size_t text_wrap(const char *s, int width, size_t *next);

/* Remove in place the control characters a terminal would act on (C0 but
 * TAB and newline, DEL, C1 such as the CSI U+009B), so that text read from a
 * file never moves the cursor, rings, or sets a title.  Returns s. */
char *text_strip_controls(char *s);

/* Trim ASCII white space and the ideographic space U+3000 in place. */
char *text_trim(char *s);
/* Copy at most dst_size-1 bytes without cutting a character; always ends
 * dst with NUL.  Returns true when all of src fitted. */
bool text_copy(char *dst, size_t dst_size, const char *src);
/* Turn full-width ASCII (Ｆ１２, as Chinese input methods type digits) and
 * the ideographic space into plain ASCII, in place. */
void text_halfwidth(char *s);
/* True when s is empty or only white space. */
bool text_blank(const char *s);

/* printf into a new heap string (NULL only when formatting fails): the
 * messages a function hands back in a char **err. */
char *text_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
