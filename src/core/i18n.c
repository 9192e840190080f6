#include "i18n.h"

#include <errno.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

/* The language the environment asks for: LANGUAGE first (as gettext reads
 * it), then the locale variables in POSIX precedence order. */
static const char *requested_language(void)
{
	static const char *vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return v;
	}
	return NULL;
}

/* zhibu's languages are Chinese (the catalogue) and English (the msgids).
 * zhibu's users read Chinese: English only when it is asked for. */
static bool asks_for_english(const char *lang)
{
	return lang && lang[0] == 'e' && lang[1] == 'n' && (lang[2] == '\0' || lang[2] == '_' || lang[2] == '.' ||
							 lang[2] == ':' || lang[2] == '@');
}

/* A build tree keeps its catalogue beside the binary (build/locale), so that
 * `make run` shows Chinese before anything is installed; an installed tree
 * moved elsewhere finds it at ../share/locale. */
static void bind_catalogue(void)
{
	static const char *const beside[] = { "locale", "../share/locale" };
	char exe[PATH_MAX], dir[PATH_MAX + 64];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	char *slash = n > 0 ? (exe[n] = '\0', strrchr(exe, '/')) : NULL;
	if (slash) {
		*slash = '\0';
		for (size_t i = 0; i < sizeof beside / sizeof beside[0]; i++) {
			struct stat st;
			snprintf(dir, sizeof dir, "%s/%s/zh_CN/LC_MESSAGES/zhibu.mo", exe, beside[i]);
			if (stat(dir, &st) == 0) {
				snprintf(dir, sizeof dir, "%s/%s", exe, beside[i]);
				bindtextdomain("zhibu", dir);
				return;
			}
		}
	}
	bindtextdomain("zhibu", LOCALEDIR);
}

void i18n_init(void)
{
	/* Whatever the locale, the data's characters show: UTF-8 character
	 * handling when the locale given is missing or not UTF-8 (LANG unset,
	 * the POSIX locale of a console or an ssh session). */
	if (!setlocale(LC_ALL, ""))
		setlocale(LC_ALL, "C.UTF-8");
	else if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");
	if (!asks_for_english(requested_language())) {
		/* glibc honours LANGUAGE whenever LC_MESSAGES is not plain "C". */
		const char *messages = setlocale(LC_MESSAGES, NULL);
		if (!messages || strcmp(messages, "C") == 0 || strcmp(messages, "POSIX") == 0)
			setlocale(LC_MESSAGES, "C.UTF-8");
		setenv("LANGUAGE", "zh_CN", 1);
	}
	bind_catalogue();
	bind_textdomain_codeset("zhibu", "UTF-8");
	textdomain("zhibu");
}

const char *errno_text(int errnum)
{
	switch (errnum) {
	case ENOENT: return _("no such file or folder");
	case EACCES:
	case EPERM: return _("permission denied");
	case ENOSPC:
	case EDQUOT: return _("no space left on the disk");
	case EEXIST: return _("it exists already");
	case EISDIR: return _("it is a folder");
	case ENOTDIR: return _("a part of the path is not a folder");
	case EROFS: return _("the disk is read-only");
	case EIO: return _("input/output error");
	case ENOMEM: return _("out of memory");
	case ENAMETOOLONG: return _("the name is too long");
	case EMFILE:
	case ENFILE: return _("too many open files");
	case EBUSY:
	case ETXTBSY: return _("the file is busy");
	case ELOOP: return _("too many symbolic links");
	case EXDEV: return _("it is on another disk");
	case EINVAL: return _("invalid argument");
	default: return strerror(errnum);
	}
}
