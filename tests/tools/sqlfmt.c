/* sqlfmt: find SQL built by string formatting in C sources.
 *   sqlfmt FILE...
 * A call of a printf-like function (the printf family, SQLite's mprintf
 * family, and every function of the given files declared with
 * __attribute__((format(printf, ...)))) whose format string holds an SQL
 * keyword (SELECT, INSERT, UPDATE, DELETE, WHERE, VALUES, FROM, SET, CREATE,
 * DROP, ALTER, ATTACH, PRAGMA, in capitals, followed by a space, a line
 * break, "(" or "*") and a conversion is reported as
 * FILE:LINE.  Allowed: %w (an SQL identifier, quoted by SQLite) and %% ; and
 * PRAGMA NAME = %d with integer conversions only (a pragma takes no bound
 * parameter, and an int cannot carry SQL).  Comments, character constants
 * and strings are read as C reads them.  Exit status 1 when anything was
 * found. */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const builtin[] = {
	"printf", "fprintf", "sprintf", "snprintf", "vprintf", "vfprintf", "vsprintf", "vsnprintf",
	"asprintf", "vasprintf", "dprintf", "vdprintf", "sqlite3_mprintf", "sqlite3_vmprintf",
	"sqlite3_snprintf", "sqlite3_vsnprintf", "sqlite3_str_appendf", "sqlite3_str_vappendf",
	"g_strdup_printf",
};
static const char *const keywords[] = {
	"SELECT", "INSERT", "UPDATE", "DELETE", "WHERE", "VALUES", "FROM", "SET", "CREATE",
	"DROP", "ALTER", "ATTACH", "PRAGMA",
};

static char **names;
static size_t nnames, capnames;

static void add_name(const char *s, size_t n)
{
	if (nnames == capnames) {
		capnames = capnames ? capnames * 2 : 64;
		names = realloc(names, capnames * sizeof *names);
		if (!names)
			abort();
	}
	names[nnames] = strndup(s, n);
	nnames++;
}

static bool is_printf_like(const char *s, size_t n)
{
	for (size_t i = 0; i < nnames; i++)
		if (strlen(names[i]) == n && !strncmp(names[i], s, n))
			return true;
	return false;
}

static char *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 65536, n = 0;
	char *buf = malloc(cap + 1);
	size_t got;
	while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			cap *= 2;
			buf = realloc(buf, cap + 1);
		}
	}
	fclose(f);
	if (!buf)
		abort();
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* The tokens that matter: identifiers, string literals (contents decoded
 * loosely: only the characters, escapes kept as two characters), and
 * punctuation; comments and character constants are skipped. */
enum tok { T_END, T_IDENT, T_STRING, T_PUNCT };

struct lexer {
	const char *p, *end;
	int line;
	const char *text;   /* identifier or string contents */
	size_t len;
	char punct;
	int tok_line;
};

static enum tok next(struct lexer *lx)
{
	for (;;) {
		while (lx->p < lx->end && isspace((unsigned char)*lx->p)) {
			if (*lx->p == '\n')
				lx->line++;
			lx->p++;
		}
		if (lx->p >= lx->end)
			return T_END;
		if (lx->p[0] == '/' && lx->p + 1 < lx->end && lx->p[1] == '*') {
			lx->p += 2;
			while (lx->p + 1 < lx->end && !(lx->p[0] == '*' && lx->p[1] == '/')) {
				if (*lx->p == '\n')
					lx->line++;
				lx->p++;
			}
			lx->p += 2;
			continue;
		}
		if (lx->p[0] == '/' && lx->p + 1 < lx->end && lx->p[1] == '/') {
			while (lx->p < lx->end && *lx->p != '\n')
				lx->p++;
			continue;
		}
		if (*lx->p == '#') { /* a preprocessor line, with its continuations */
			while (lx->p < lx->end && *lx->p != '\n') {
				if (*lx->p == '\\' && lx->p + 1 < lx->end && lx->p[1] == '\n') {
					lx->line++;
					lx->p++;
				}
				lx->p++;
			}
			continue;
		}
		break;
	}
	lx->tok_line = lx->line;
	char c = *lx->p;
	if (c == '"' || c == '\'') {
		const char *start = ++lx->p;
		while (lx->p < lx->end && *lx->p != c) {
			if (*lx->p == '\\' && lx->p + 1 < lx->end)
				lx->p++;
			if (*lx->p == '\n')
				lx->line++;
			lx->p++;
		}
		lx->text = start;
		lx->len = (size_t)(lx->p - start);
		lx->p++;
		if (c == '\'') {
			lx->punct = 'c';
			return T_PUNCT;
		}
		return T_STRING;
	}
	if (isalpha((unsigned char)c) || c == '_') {
		const char *start = lx->p;
		while (lx->p < lx->end && (isalnum((unsigned char)*lx->p) || *lx->p == '_'))
			lx->p++;
		lx->text = start;
		lx->len = (size_t)(lx->p - start);
		return T_IDENT;
	}
	lx->punct = c;
	lx->p++;
	return T_PUNCT;
}

/* Pass 1: the names of functions declared format(printf, ...): the first
 * identifier followed by "(" at the top level of the declaration. */
static void find_wrappers(const char *text, size_t len)
{
	struct lexer lx = { text, text + len, 1, NULL, 0, 0, 0 };
	const char *decl = NULL, *ident = NULL;
	size_t decl_len = 0, ident_len = 0;
	int depth = 0;
	/* The two tokens before the current one: "format" then "(". */
	bool after_format = false, after_format_paren = false;
	enum tok t;
	while ((t = next(&lx)) != T_END) {
		bool is_format = t == T_IDENT && lx.len == 6 && !strncmp(lx.text, "format", 6);
		bool is_paren = t == T_PUNCT && lx.punct == '(';
		if (t == T_IDENT && lx.len == 6 && !strncmp(lx.text, "printf", 6) && after_format_paren && decl)
			add_name(decl, decl_len);
		after_format_paren = after_format && is_paren;
		after_format = is_format;
		if (is_paren) {
			if (depth == 0 && ident && !decl) {
				decl = ident;
				decl_len = ident_len;
			}
			depth++;
		} else if (t == T_PUNCT && lx.punct == ')') {
			depth--;
		} else if (t == T_PUNCT && depth == 0 && (lx.punct == ';' || lx.punct == '{' || lx.punct == '}')) {
			decl = NULL;
		}
		if (t == T_IDENT) {
			ident = lx.text;
			ident_len = lx.len;
		} else {
			ident = NULL;
		}
	}
}

static bool word_at(const char *s, size_t len, size_t i, const char *w)
{
	size_t n = strlen(w);
	if (i + n > len || strncmp(s + i, w, n) != 0)
		return false;
	bool before = i == 0 || !(isalnum((unsigned char)s[i - 1]) || s[i - 1] == '_');
	/* A keyword of a statement is followed by a space, a line break
	 * (written \n), "(" or "*"; "PRAGMA: %s" is a message about one. */
	bool after = i + n < len && strchr(" \t\\(*", s[i + n]);
	return before && after;
}

/* Does this format string build SQL? */
static bool builds_sql(const char *fmt, size_t len)
{
	bool sql = false, pragma = false;
	for (size_t i = 0; i < len; i++)
		for (size_t k = 0; k < sizeof keywords / sizeof keywords[0]; k++)
			if (word_at(fmt, len, i, keywords[k])) {
				sql = true;
				if (!strcmp(keywords[k], "PRAGMA"))
					pragma = true;
			}
	if (!sql)
		return false;
	bool only_int = true, any = false;
	for (size_t i = 0; i < len; i++) {
		if (fmt[i] != '%')
			continue;
		if (i + 1 < len && fmt[i + 1] == '%') {
			i++;
			continue;
		}
		size_t j = i + 1;
		while (j < len && strchr("-+ #0123456789.*'hlLqjzt", fmt[j]) && fmt[j] != 'q')
			j++;
		if (j >= len)
			break;
		char conv = fmt[j];
		if (conv == 'w')
			continue;
		any = true;
		if (!strchr("diu", conv))
			only_int = false;
		i = j;
	}
	if (!any)
		return false;
	return !(pragma && only_int);
}

static int scan(const char *path, const char *text, size_t len)
{
	struct lexer lx = { text, text + len, 1, NULL, 0, 0, 0 };
	int found = 0;
	enum tok t;
	const char *ident = NULL;
	size_t ident_len = 0;
	while ((t = next(&lx)) != T_END) {
		if (t == T_IDENT) {
			ident = lx.text;
			ident_len = lx.len;
			continue;
		}
		if (t == T_PUNCT && lx.punct == '(' && ident && is_printf_like(ident, ident_len)) {
			/* The call's string literals, joined (adjacent literals
			 * concatenate, and macros like MEMBER_COLUMNS are not
			 * expanded: their text is SQL only where it is literal). */
			int depth = 1, line = lx.tok_line;
			char fmt[8192];
			size_t n = 0;
			while (depth > 0 && (t = next(&lx)) != T_END) {
				if (t == T_PUNCT && lx.punct == '(')
					depth++;
				else if (t == T_PUNCT && lx.punct == ')')
					depth--;
				else if (t == T_STRING && n + lx.len < sizeof fmt) {
					memcpy(fmt + n, lx.text, lx.len);
					n += lx.len;
				}
			}
			if (builds_sql(fmt, n)) {
				printf("%s:%d: SQL built by string formatting in %.*s(\"%.*s\")\n", path, line,
				       (int)ident_len, ident, (int)(n > 60 ? 60 : n), fmt);
				found++;
			}
		}
		ident = NULL;
	}
	return found;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: sqlfmt FILE...\n");
		return 2;
	}
	for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
		add_name(builtin[i], strlen(builtin[i]));
	char **texts = calloc((size_t)argc, sizeof *texts);
	size_t *lens = calloc((size_t)argc, sizeof *lens);
	if (!texts || !lens)
		abort();
	for (int i = 1; i < argc; i++) {
		texts[i] = read_all(argv[i], &lens[i]);
		if (!texts[i]) {
			fprintf(stderr, "sqlfmt: cannot read %s\n", argv[i]);
			return 2;
		}
		find_wrappers(texts[i], lens[i]);
	}
	int found = 0;
	for (int i = 1; i < argc; i++) {
		found += scan(argv[i], texts[i], lens[i]);
		free(texts[i]);
	}
	free(texts);
	free(lens);
	for (size_t i = 0; i < nnames; i++)
		free(names[i]);
	free(names);
	return found ? 1 : 0;
}
