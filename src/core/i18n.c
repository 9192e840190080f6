#include "i18n.h"

#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

/* The language the environment asks for, in POSIX precedence order. */
static const char *requested_language(void)
{
	static const char *vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return v;
	}
	return NULL;
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
	if (!setlocale(LC_ALL, "")) {
		const char *lang = requested_language();
		setlocale(LC_ALL, "C.UTF-8");
		/* glibc honours LANGUAGE whenever LC_MESSAGES is not plain "C". */
		const char *language = getenv("LANGUAGE");
		if (lang && !(language && *language)) {
			char buf[64];
			snprintf(buf, sizeof buf, "%s", lang);
			buf[strcspn(buf, ".@")] = '\0';
			setenv("LANGUAGE", buf, 1);
		}
	}
	bind_catalogue();
	bind_textdomain_codeset("zhibu", "UTF-8");
	textdomain("zhibu");
}
