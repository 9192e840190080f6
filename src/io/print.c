#include "io/print.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/grow.h"
#include "core/i18n.h"

/* Run argv (found on PATH, no shell) with its standard output into a
 * string (heap) when out is given; its exit status, or -1. */
static int run(char *const argv[], char **out)
{
	int fds[2];
	if (pipe(fds) != 0)
		return -1;
	pid_t pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		dup2(fds[1], STDOUT_FILENO);
		int null = open("/dev/null", O_WRONLY);
		if (null >= 0)
			dup2(null, STDERR_FILENO);
		close(fds[0]);
		close(fds[1]);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(fds[1]);
	char *buf = NULL;
	size_t size = 0;
	FILE *mem = open_memstream(&buf, &size);
	char chunk[4096];
	ssize_t n;
	while ((n = read(fds[0], chunk, sizeof chunk)) > 0 || (n < 0 && errno == EINTR))
		if (n > 0 && mem)
			fwrite(chunk, 1, (size_t)n, mem);
	close(fds[0]);
	if (mem)
		fclose(mem);
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			free(buf);
			return -1;
		}
	if (out)
		*out = buf ? buf : strdup("");
	else
		free(buf);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void add_name(struct printers *p, const char *name, size_t len)
{
	for (size_t i = 0; i < p->count; i++)
		if (strlen(p->names[i]) == len && !strncmp(p->names[i], name, len))
			return;
	p->names = grow_array(p->names, p->count, &p->cap, 8, sizeof *p->names);
	char *copy = strndup(name, len);
	if (!copy)
		abort();
	p->names[p->count++] = copy;
}

bool printers_list(struct printers *out)
{
	memset(out, 0, sizeof *out);
	char *accepting = NULL, *dflt = NULL;
	char *const list[] = { "lpstat", "-a", NULL };
	char *const def[] = { "lpstat", "-d", NULL };
	if (run(list, &accepting) == 0) {
		/* "NAME accepting requests since ...", one a line. */
		for (char *line = accepting; line && *line;) {
			char *eol = strchr(line, '\n');
			size_t len = strcspn(line, " \n");
			if (len && strstr(line, " accepting") && (!eol || strstr(line, " accepting") < eol))
				add_name(out, line, len);
			line = eol ? eol + 1 : line + strlen(line);
		}
		/* "system default destination: NAME" */
		const char *colon = run(def, &dflt) == 0 && dflt ? strchr(dflt, ':') : NULL;
		if (colon) {
			colon += strspn(colon + 1, " ") + 1;
			size_t len = strcspn(colon, " \n");
			for (size_t i = 0; len && i < out->count; i++)
				if (strlen(out->names[i]) == len && !strncmp(out->names[i], colon, len)) {
					char *name = out->names[i];
					memmove(out->names + 1, out->names, i * sizeof *out->names);
					out->names[0] = name;
				}
		}
	}
	free(accepting);
	free(dflt);
	return out->count > 0;
}

void printers_free(struct printers *p)
{
	for (size_t i = 0; i < p->count; i++)
		free(p->names[i]);
	free(p->names);
	memset(p, 0, sizeof *p);
}

bool print_file(const char *path, const char *printer, int copies, char **err)
{
	char n[16];
	snprintf(n, sizeof n, "%d", copies < 1 ? 1 : copies);
	char *const argv[] = { "lp", "-d", (char *)printer, "-n", n, "--", (char *)path, NULL };
	int status = run(argv, NULL);
	*err = NULL;
	if (status == 0)
		return true;
	if (asprintf(err, _("lp could not print to %s (exit status %d)"), printer, status) < 0)
		*err = NULL;
	return false;
}
