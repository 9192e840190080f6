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
 * `make run` shows Chinese before anything is installed. */
static void bind_catalogue(const char *argv0)
{
	char exe[PATH_MAX], dir[PATH_MAX + 16];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	(void)argv0;
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			struct stat st;
			snprintf(dir, sizeof dir, "%s/locale", exe);
			if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode)) {
				bindtextdomain("zhibu", dir);
				return;
			}
		}
	}
	bindtextdomain("zhibu", LOCALEDIR);
}

void i18n_init(const char *argv0)
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
	bind_catalogue(argv0);
	bind_textdomain_codeset("zhibu", "UTF-8");
	textdomain("zhibu");
}
