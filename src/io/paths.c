#include "io/paths.h"

#include <fcntl.h>

#include <dirent.h>

#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *join(const char *a, const char *b)
{
	char *s;
	if (asprintf(&s, "%s/%s", a, b) < 0)
		abort();
	return s;
}

static const char *home_dir(void)
{
	const char *home = getenv("HOME");
	if (!home || !*home) {
		struct passwd *pw = getpwuid(getuid());
		home = pw ? pw->pw_dir : ".";
	}
	return home;
}

char *paths_database(const char *option)
{
	if (option && *option)
		return strdup(option);
	const char *env = getenv("ZHIBU_DB");
	if (env && *env)
		return strdup(env);
	const char *data = getenv("XDG_DATA_HOME");
	if (data && *data == '/')
		return join(data, "zhibu/zhibu.db");
	return join(home_dir(), ".local/share/zhibu/zhibu.db");
}

char *paths_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return strdup(".");
	if (slash == path)
		return strdup("/");
	return strndup(path, (size_t)(slash - path));
}

bool paths_make_dir(const char *dir)
{
	char *p = strdup(dir);
	bool ok = true;
	for (char *s = p + 1; ok; s++) {
		if (*s == '/' || *s == '\0') {
			char c = *s;
			*s = '\0';
			if (mkdir(p, 0700) != 0 && errno != EEXIST)
				ok = false;
			*s = c;
			if (c == '\0')
				break;
		}
	}
	struct stat st;
	ok = ok && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
	free(p);
	return ok;
}

char *paths_backup_dir(const char *db_path)
{
	char *dir = paths_dirname(db_path);
	char *b = join(dir, "backups");
	free(dir);
	return b;
}

char *paths_documents_dir(void)
{
	static const char *const names[] = { "Documents", "文档" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		char *dir = join(home_dir(), names[i]);
		struct stat st;
		if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
			return dir;
		free(dir);
	}
	return strdup(".");
}

char *paths_temp_dir(void)
{
	const char *tmp = getenv("TMPDIR");
	char *dir;
	if (asprintf(&dir, "%s/zhibu-XXXXXX", tmp && *tmp ? tmp : "/tmp") < 0)
		abort();
	if (!mkdtemp(dir)) { /* mkdtemp creates the folder 0700 */
		free(dir);
		return NULL;
	}
	return dir;
}

char *paths_cache_dir(bool make)
{
	const char *base = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	char *dir;
	if (base && *base == '/') {
		if (asprintf(&dir, "%s/zhibu", base) < 0)
			abort();
	} else if (home && *home == '/') {
		if (asprintf(&dir, "%s/.cache/zhibu", home) < 0)
			abort();
	} else {
		return NULL;
	}
	if (make && !paths_make_dir(dir)) {
		free(dir);
		return NULL;
	}
	return dir;
}

void paths_remove_temp_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (d) {
		struct dirent *e;
		while ((e = readdir(d))) {
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			if (unlinkat(dirfd(d), e->d_name, 0) != 0 && (errno == EISDIR || errno == EPERM)) {
				char *sub;
				if (asprintf(&sub, "%s/%s", dir, e->d_name) < 0)
					abort();
				paths_remove_temp_dir(sub);
				free(sub);
			}
		}
		closedir(d);
	}
	rmdir(dir);
}
