#include "io/output.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/i18n.h"
#include "io/paths.h"
#include "io/doc.h"

bool out_format_parse(const char *name, enum out_format *out)
{
	if (!strcasecmp(name, "txt") || !strcasecmp(name, "text"))
		*out = OUT_TXT;
	else if (!strcasecmp(name, "csv"))
		*out = OUT_CSV;
	else if (!strcasecmp(name, "xlsx"))
		*out = OUT_XLSX;
	else if (!strcasecmp(name, "pdf"))
		*out = OUT_PDF;
	else
		return false;
	return true;
}

static bool write_stream(const struct sheet *s, enum out_format format, enum text_encoding enc,
			 FILE *f)
{
	return format == OUT_CSV ? sheet_write_csv(s, f, enc) : sheet_write_txt(s, f, enc);
}

static bool copy_file_to(const char *from, FILE *to)
{
	FILE *in = fopen(from, "rb");
	char buf[65536];
	size_t n;
	bool ok = in != NULL;
	while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0)
		ok = fwrite(buf, 1, n, to) == n;
	if (in)
		fclose(in);
	return ok && fflush(to) == 0;
}

/* A new file beside path (so that it can be renamed over it), created by
 * mkstemp: a name no one can guess, never a link someone left.  Returns its
 * name (heap) and an open stream in *f, or NULL with errno set. */
static char *temp_beside(const char *path, FILE **f)
{
	char *tmp;
	if (asprintf(&tmp, "%s.tmp-XXXXXX", path) < 0)
		abort();
	int fd = mkstemp(tmp);
	if (fd < 0 || !(*f = fdopen(fd, "wb"))) {
		int e = errno;
		if (fd >= 0) {
			close(fd);
			unlink(tmp);
		}
		free(tmp);
		errno = e;
		return NULL;
	}
	return tmp;
}

/* Say so when the folder that is to hold path is missing or not a folder:
 * the libraries would only say they cannot open the file. */
static bool folder_ready(const char *path, char **err)
{
	char *dir = paths_dirname(path);
	struct stat st;
	bool ok = true;
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		ok = false;
		if (asprintf(err, _("cannot write %s: the folder %s does not exist"), path, dir) < 0)
			*err = NULL;
	}
	free(dir);
	return ok;
}

static void set_error(char **err, const char *fmt, const char *what)
{
	if (asprintf(err, fmt, what, errno_text(errno)) < 0)
		*err = NULL;
}

/* The temporary file that becomes path: its folder checked first, then
 * made beside it.  NULL with *err set on failure. */
static char *open_temp_for(const char *path, FILE **f, char **err)
{
	if (!folder_ready(path, err))
		return NULL;
	char *tmp = temp_beside(path, f);
	if (!tmp)
		set_error(err, _("cannot write %s: %s"), path);
	return tmp;
}

/* To a stream that is not a regular file (standard output, /dev/null, a
 * pipe): written in place.  XLSX needs a file of its own first. */
static bool write_to_stream(const struct sheet *s, enum out_format format, enum text_encoding enc,
			    FILE *f, const char *name, char **err)
{
	if (format != OUT_XLSX) {
		if (!write_stream(s, format, enc, f)) {
			set_error(err, _("cannot write %s: %s"), name);
			return false;
		}
		return true;
	}
	if (isatty(fileno(f))) {
		if (asprintf(err, _("an XLSX file cannot go to the terminal: name a file with -o FILE")) < 0)
			*err = NULL;
		return false;
	}
	/* The workbook is made in a private folder, then copied out. */
	char *dir = paths_temp_dir(), *tmp;
	if (!dir) {
		set_error(err, _("cannot create a temporary folder in %s: %s"), getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
		return false;
	}
	if (asprintf(&tmp, "%s/out.xlsx", dir) < 0)
		abort();
	bool ok = sheet_write_xlsx(s, tmp, err);
	if (ok && !(ok = copy_file_to(tmp, f)))
		set_error(err, _("cannot write %s: %s"), name);
	unlink(tmp);
	rmdir(dir);
	free(tmp);
	free(dir);
	return ok;
}

/* To a regular file: under a temporary name, renamed when complete, so that
 * a failure never leaves half a file. */
static bool write_to_file(const struct sheet *s, enum out_format format, enum text_encoding enc,
			  const char *path, char **err)
{
	FILE *f = NULL;
	char *tmp = open_temp_for(path, &f, err);
	if (!tmp)
		return false;
	bool ok;
	if (format == OUT_XLSX) {
		fclose(f); /* libxlsxwriter writes the file by its name */
		ok = sheet_write_xlsx(s, tmp, err);
	} else {
		ok = write_stream(s, format, enc, f);
		if (fclose(f) != 0)
			ok = false;
		if (!ok)
			set_error(err, _("cannot write %s: %s"), path);
	}
	if (ok && rename(tmp, path) != 0) {
		ok = false;
		set_error(err, _("cannot write %s: %s"), path);
	}
	if (!ok)
		unlink(tmp);
	free(tmp);
	return ok;
}

bool sheet_write(const struct sheet *s, enum out_format format, enum text_encoding enc,
		 const char *path, char **err)
{
	*err = NULL;
	if (format == OUT_PDF) {
		struct doc *d = doc_from_sheet(s);
		bool ok = doc_write(d, format, enc, path, err);
		doc_free(d);
		return ok;
	}
	if (!path || !strcmp(path, "-"))
		return write_to_stream(s, format, enc, stdout, _("standard output"), err);
	struct stat st;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		/* A device or a pipe (-o /dev/null): never replace it with a file. */
		FILE *f = fopen(path, "wb");
		if (!f) {
			set_error(err, _("cannot write %s: %s"), path);
			return false;
		}
		bool ok = write_to_stream(s, format, enc, f, path, err);
		if (fclose(f) != 0 && ok) {
			set_error(err, _("cannot write %s: %s"), path);
			ok = false;
		}
		return ok;
	}
	return write_to_file(s, format, enc, path, err);
}

bool text_write_file(const char *text, enum text_encoding enc, const char *path, char **err)
{
	*err = NULL;
	FILE *f = NULL;
	char *tmp = open_temp_for(path, &f, err);
	if (!tmp)
		return false;
	bool ok = true;
	{
		struct enc_writer *w = enc_writer_new(f, enc);
		enc_writer_puts(w, text);
		ok = enc_writer_free(w);
	}
	if (fclose(f) != 0)
		ok = false;
	if (ok && rename(tmp, path) != 0)
		ok = false;
	if (!ok) {
		set_error(err, _("cannot write %s: %s"), path);
		unlink(tmp);
	}
	free(tmp);
	return ok;
}

static bool doc_to_stream(const struct doc *d, enum out_format format, enum text_encoding enc, FILE *f,
			  char **err)
{
	return format == OUT_PDF ? doc_write_pdf(d, f, err) : doc_write_text(d, f, enc);
}

bool doc_write(const struct doc *d, enum out_format format, enum text_encoding enc, const char *path,
	       char **err)
{
	*err = NULL;
	bool to_stdout = !path || !strcmp(path, "-");
	const char *name = to_stdout ? _("standard output") : path;
	if (format == OUT_PDF && to_stdout && isatty(fileno(stdout))) {
		if (asprintf(err, _("a PDF file cannot go to the terminal: name a file with -o FILE")) < 0)
			*err = NULL;
		return false;
	}
	/* A regular file under a temporary name, renamed when complete; a
	 * device or a pipe (-o /dev/null) written in place. */
	struct stat st;
	char *tmp = NULL;
	FILE *f = stdout;
	if (!to_stdout && stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		f = fopen(path, "wb");
	else if (!to_stdout && !folder_ready(path, err))
		return false;
	else if (!to_stdout && !(tmp = temp_beside(path, &f)))
		f = NULL;
	bool ok = f && doc_to_stream(d, format, enc, f, err);
	if (f && f != stdout && fclose(f) != 0)
		ok = false;
	if (f == stdout && fflush(stdout) != 0)
		ok = false;
	if (ok && tmp && rename(tmp, path) != 0)
		ok = false;
	if (!ok && !*err)
		set_error(err, _("cannot write %s: %s"), name);
	if (tmp && !ok)
		unlink(tmp);
	free(tmp);
	return ok;
}

char *doc_text_string(const struct doc *d)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);
	if (!f)
		abort();
	doc_write_text(d, f, ENC_UTF8);
	fclose(f);
	return buf;
}
