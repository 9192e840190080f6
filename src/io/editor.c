#include "io/editor.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/i18n.h"
#include "io/paths.h"

#define EDITOR_MAX_ARGS 32
#define EDITOR_MAX_BYTES (16u << 20)

static void set_err(char **err, const char *fmt, const char *a, const char *b)
{
	if (asprintf(err, fmt, a, b) < 0)
		*err = NULL;
}

static bool write_all(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return false;
	size_t len = strlen(text), done = 0;
	while (done < len) {
		ssize_t n = write(fd, text + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			return false;
		}
		done += (size_t)n;
	}
	return close(fd) == 0;
}

static char *read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, len = 0;
	char *s = malloc(cap);
	if (!s)
		abort();
	size_t n;
	while ((n = fread(s + len, 1, cap - len - 1, f)) > 0) {
		len += n;
		if (len > EDITOR_MAX_BYTES)
			break;
		if (cap - len - 1 == 0) {
			cap *= 2;
			s = realloc(s, cap);
			if (!s)
				abort();
		}
	}
	bool bad = ferror(f) || len > EDITOR_MAX_BYTES;
	fclose(f);
	if (bad) {
		free(s);
		return NULL;
	}
	s[len] = '\0';
	return s;
}

/* Run argv and wait, ignoring the terminal's interrupt keys meanwhile as
 * system() does: they belong to the editor.  Returns the exit status, or -1
 * with errno when it could not be started. */
int program_run(char **argv)
{
	struct sigaction ignore = { .sa_handler = SIG_IGN }, old_int, old_quit;
	sigemptyset(&ignore.sa_mask);
	sigaction(SIGINT, &ignore, &old_int);
	sigaction(SIGQUIT, &ignore, &old_quit);
	int pipefd[2], status = -1, child_errno = 0;
	if (pipe2(pipefd, O_CLOEXEC) != 0)
		goto out;
	pid_t pid = fork();
	if (pid < 0) {
		close(pipefd[0]);
		close(pipefd[1]);
		goto out;
	}
	if (pid == 0) {
		sigaction(SIGINT, &old_int, NULL);
		sigaction(SIGQUIT, &old_quit, NULL);
		close(pipefd[0]);
		execvp(argv[0], argv);
		int e = errno;
		if (write(pipefd[1], &e, sizeof e) < 0)
			_exit(127);
		_exit(127);
	}
	close(pipefd[1]);
	/* The pipe closes on a successful exec; else it carries errno. */
	ssize_t n;
	while ((n = read(pipefd[0], &child_errno, sizeof child_errno)) < 0 && errno == EINTR)
		;
	close(pipefd[0]);
	int ws;
	while (waitpid(pid, &ws, 0) < 0)
		if (errno != EINTR)
			goto out;
	if (n == (ssize_t)sizeof child_errno) {
		errno = child_errno;
		goto out;
	}
	status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + (WIFSIGNALED(ws) ? WTERMSIG(ws) : 0);
out:
	child_errno = errno;
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	errno = child_errno;
	return status;
}

enum editor_result editor_edit(const char *text, const char *name, char **out, char **err)
{
	*out = NULL;
	*err = NULL;
	const char *command = getenv("VISUAL");
	if (!command || !*command)
		command = getenv("EDITOR");
	if (!command || !*command)
		command = "vi";

	char *words = strdup(command), *argv[EDITOR_MAX_ARGS + 2];
	if (!words)
		abort();
	int argc = 0;
	for (char *w = strtok(words, " "); w && argc < EDITOR_MAX_ARGS; w = strtok(NULL, " "))
		argv[argc++] = w;
	if (argc == 0) {
		free(words);
		set_err(err, _("the editor command is empty"), "", "");
		return EDITOR_FAILED;
	}

	const char *tmp = getenv("TMPDIR");
	char *dir = NULL, *file = NULL;
	enum editor_result result = EDITOR_FAILED;
	if (!(dir = paths_temp_dir())) {
		set_err(err, _("cannot create a temporary folder in %s: %s"), tmp && *tmp ? tmp : "/tmp", errno_text(errno));
		free(words);
		return EDITOR_FAILED;
	}
	if (asprintf(&file, "%s/%s", dir, name && *name && !strchr(name, '/') ? name : "zhibu.txt") < 0)
		abort();
	if (!write_all(file, text)) {
		set_err(err, _("cannot write %s: %s"), file, errno_text(errno));
		goto out;
	}
	argv[argc++] = file;
	argv[argc] = NULL;
	int status = program_run(argv);
	if (status < 0) {
		set_err(err, _("cannot run the editor %s: %s"), argv[0], errno_text(errno));
		goto out;
	}
	if (status != 0) {
		char code[16];
		snprintf(code, sizeof code, "%d", status);
		set_err(err, _("the editor %s stopped with status %s: nothing was changed"), argv[0], code);
		goto out;
	}
	char *edited = read_all(file);
	if (!edited) {
		set_err(err, _("cannot read %s back: %s"), file, errno ? errno_text(errno) : _("too large"));
		goto out;
	}
	if (!strcmp(edited, text)) {
		free(edited);
		result = EDITOR_UNCHANGED;
	} else {
		*out = edited;
		result = EDITOR_CHANGED;
	}
out:
	/* Editors leave backups and swap files beside the file: remove them too. */
	paths_remove_temp_dir(dir);
	free(file);
	free(dir);
	free(words);
	return result;
}
