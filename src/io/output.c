#include "io/output.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/i18n.h"

bool out_format_parse(const char *name, enum out_format *out)
{
	if (!strcasecmp(name, "txt") || !strcasecmp(name, "text"))
		*out = OUT_TXT;
	else if (!strcasecmp(name, "csv"))
		*out = OUT_CSV;
	else if (!strcasecmp(name, "xlsx"))
		*out = OUT_XLSX;
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

static char *temp_name_for(const char *path)
{
	char *tmp;
	if (asprintf(&tmp, "%s.tmp-%ld", path, (long)getpid()) < 0)
		abort();
	return tmp;
}

bool sheet_write(const struct sheet *s, enum out_format format, enum text_encoding enc,
		 const char *path, char **err)
{
	bool to_stdout = !path || !strcmp(path, "-");
	*err = NULL;
	if (to_stdout && format != OUT_XLSX) {
		if (!write_stream(s, format, enc, stdout)) {
			if (asprintf(err, _("cannot write to standard output: %s"), strerror(errno)) < 0)
				*err = NULL;
			return false;
		}
		return true;
	}
	if (to_stdout && isatty(STDOUT_FILENO)) {
		if (asprintf(err, _("an XLSX file cannot go to the terminal: name a file with -o FILE")) < 0)
			*err = NULL;
		return false;
	}
	char *tmp = temp_name_for(to_stdout ? "zhibu-out.xlsx" : path);
	if (to_stdout) { /* libxlsxwriter needs a file: write one, then copy it out */
		free(tmp);
		const char *dir = getenv("TMPDIR");
		if (asprintf(&tmp, "%s/zhibu-%ld.xlsx", dir && *dir ? dir : "/tmp", (long)getpid()) < 0)
			abort();
	}
	bool ok;
	if (format == OUT_XLSX) {
		ok = sheet_write_xlsx(s, tmp, err);
	} else {
		FILE *f = fopen(tmp, "wb");
		ok = f && write_stream(s, format, enc, f);
		if (f && fclose(f) != 0)
			ok = false;
		if (!ok && asprintf(err, _("cannot write %s: %s"), path, strerror(errno)) < 0)
			*err = NULL;
	}
	if (ok && to_stdout) {
		ok = copy_file_to(tmp, stdout);
		if (!ok && asprintf(err, _("cannot write to standard output: %s"), strerror(errno)) < 0)
			*err = NULL;
		unlink(tmp);
	} else if (ok && rename(tmp, path) != 0) {
		ok = false;
		if (asprintf(err, _("cannot write %s: %s"), path, strerror(errno)) < 0)
			*err = NULL;
	}
	if (!ok)
		unlink(tmp);
	free(tmp);
	return ok;
}
