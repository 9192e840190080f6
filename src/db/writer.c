#include "db/writer.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/i18n.h"

static char *info_path(const char *db_path)
{
	char *p;
	if (asprintf(&p, "%s-writer", db_path) < 0)
		abort();
	return p;
}

static void host_name(char *out, size_t size)
{
	if (gethostname(out, size) != 0)
		snprintf(out, size, "?");
	out[size - 1] = '\0';
}

void writer_mark(const char *db_path)
{
	char host[256], since[32], text[400];
	time_t now = time(NULL);
	struct tm tm;
	host_name(host, sizeof host);
	localtime_r(&now, &tm);
	strftime(since, sizeof since, "%Y-%m-%d %H:%M:%S", &tm);
	int n = snprintf(text, sizeof text, "%ld\n%s\n%s\n", (long)getpid(), host, since);
	char *path = info_path(db_path);
	/* Best effort: without it the message is only less precise. */
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd >= 0) {
		if (write(fd, text, (size_t)n) != n) {
			close(fd);
			unlink(path);
		} else {
			close(fd);
		}
	}
	free(path);
}

void writer_clear(const char *db_path)
{
	char *path = info_path(db_path);
	unlink(path);
	free(path);
}

bool writer_describe(const char *db_path, char *out, size_t size)
{
	char *path = info_path(db_path);
	FILE *f = fopen(path, "r");
	free(path);
	if (!f)
		return false;
	char pid_text[32] = "", host[256] = "", since[32] = "";
	bool ok = fgets(pid_text, sizeof pid_text, f) && fgets(host, sizeof host, f) &&
		  fgets(since, sizeof since, f);
	fclose(f);
	if (!ok)
		return false;
	host[strcspn(host, "\n")] = '\0';
	since[strcspn(since, "\n")] = '\0';
	char *end;
	long pid = strtol(pid_text, &end, 10);
	if (pid <= 0 || *end != '\n' || pid == (long)getpid())
		return false;
	char mine[256];
	host_name(mine, sizeof mine);
	/* On this host a process that is gone held the lock no longer. */
	if (!strcmp(host, mine) && kill((pid_t)pid, 0) != 0 && errno == ESRCH)
		return false;
	snprintf(out, size, _("the database is busy: zhibu (process %ld on %s) has been writing to it "
			      "since %s; try again when it has finished"), pid, host, since);
	return true;
}

void writer_test_hold(void)
{
	const char *v = getenv("ZHIBU_TEST_HOLD_MS");
	if (!v || !*v)
		return;
	long ms = strtol(v, NULL, 10);
	if (ms <= 0 || ms > 60000)
		return;
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}
