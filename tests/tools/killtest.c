/* killtest: kill a command with SIGKILL at random moments and check what it
 * left behind each time.
 *   killtest [-n ROUNDS] [-s SEED] [-t MAX_MS] -p PREPARE -c CHECK -- COMMAND [ARGS...]
 * Each round runs PREPARE (sh -c), starts COMMAND (its output thrown away),
 * kills it after a delay drawn from [0, MAX_MS) unless it has finished by
 * then, and runs CHECK (sh -c).  CHECK prints one word: "none" when nothing
 * of the command's work landed, "all" when all of it did, and exits 0;
 * anything else is a failure.  Without -t the command is first run once to
 * its end and MAX_MS is 1.2 times the time it took, so that kills land
 * before, during and after its transaction.  The delays come from SEED, so a
 * run can be repeated (the machine's timing still varies).
 * Prints one summary line; exits 1 when a round failed. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static uint64_t rng_state;

static uint64_t next_random(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static void sleep_us(long us)
{
	struct timespec ts = { us / 1000000, (us % 1000000) * 1000 };
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

static pid_t start(char **argv)
{
	pid_t pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		if (null >= 0) {
			dup2(null, 0);
			dup2(null, 1);
			dup2(null, 2);
		}
		execvp(argv[0], argv);
		_exit(127);
	}
	return pid;
}

/* Runs the command, killing it after delay_us (< 0: never).  Returns 1
 * when it was killed, 0 when it finished first, -1 on an error. */
static int run_round(char **argv, long delay_us)
{
	pid_t pid = start(argv);
	if (pid < 0)
		return -1;
	int status;
	if (delay_us >= 0) {
		/* Sleep in small steps so that a command that ends early is seen. */
		long left = delay_us;
		while (left > 0) {
			long step = left < 2000 ? left : 2000;
			sleep_us(step);
			left -= step;
			if (waitpid(pid, &status, WNOHANG) == pid)
				return WIFSIGNALED(status) ? -1 : 0;
		}
		kill(pid, SIGKILL);
	}
	if (waitpid(pid, &status, 0) != pid)
		return -1;
	if (WIFSIGNALED(status))
		return WTERMSIG(status) == SIGKILL ? 1 : -1;
	return 0;
}

static int shell(const char *cmd, char *out, size_t size)
{
	FILE *p = popen(cmd, "r");
	if (!p)
		return -1;
	out[0] = '\0';
	if (!fgets(out, (int)size, p))
		out[0] = '\0';
	out[strcspn(out, "\n")] = '\0';
	char rest[256];
	while (fgets(rest, sizeof rest, p))
		;
	int st = pclose(p);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void usage(void)
{
	fprintf(stderr, "usage: killtest [-n ROUNDS] [-s SEED] [-t MAX_MS] -p PREPARE -c CHECK -- COMMAND [ARGS...]\n");
	exit(2);
}

int main(int argc, char **argv)
{
	long rounds = 100, max_ms = 0;
	unsigned long long seed = 1;
	const char *prepare = NULL, *check = NULL;
	int i = 1;
	for (; i < argc; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		if (i + 1 >= argc)
			usage();
		if (!strcmp(argv[i], "-n"))
			rounds = strtol(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "-s"))
			seed = strtoull(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "-t"))
			max_ms = strtol(argv[++i], NULL, 10);
		else if (!strcmp(argv[i], "-p"))
			prepare = argv[++i];
		else if (!strcmp(argv[i], "-c"))
			check = argv[++i];
		else
			usage();
	}
	if (i >= argc || !prepare || !check || rounds < 1)
		usage();
	char **cmd = argv + i;
	char word[256];
	rng_state = seed;

	if (max_ms <= 0) {
		if (shell(prepare, word, sizeof word) != 0) {
			fprintf(stderr, "killtest: PREPARE failed\n");
			return 1;
		}
		double t0 = now_ms();
		if (run_round(cmd, -1) != 0) {
			fprintf(stderr, "killtest: the command failed when run to its end\n");
			return 1;
		}
		max_ms = (long)((now_ms() - t0) * 1.2) + 1;
		if (shell(check, word, sizeof word) != 0 || strcmp(word, "all") != 0) {
			fprintf(stderr, "killtest: CHECK does not say \"all\" after a whole run (%s)\n", word);
			return 1;
		}
	}

	long killed = 0, finished = 0, all = 0, none = 0, failed = 0;
	for (long r = 1; r <= rounds; r++) {
		long delay_us = (long)(next_random() % (uint64_t)(max_ms * 1000));
		if (shell(prepare, word, sizeof word) != 0) {
			fprintf(stderr, "killtest: round %ld: PREPARE failed\n", r);
			return 1;
		}
		int k = run_round(cmd, delay_us);
		if (k < 0) {
			fprintf(stderr, "killtest: round %ld: the command could not run or crashed\n", r);
			failed++;
			continue;
		}
		k ? killed++ : finished++;
		int st = shell(check, word, sizeof word);
		if (st == 0 && !strcmp(word, "all")) {
			all++;
		} else if (st == 0 && !strcmp(word, "none")) {
			none++;
		} else {
			failed++;
			fprintf(stderr, "killtest: round %ld (%s after %.1f ms): %s\n", r,
				k ? "killed" : "finished", (double)delay_us / 1000.0, *word ? word : "CHECK failed");
		}
	}
	printf("killtest: %ld rounds within %ld ms: %ld killed, %ld finished; "
	       "afterwards all of the work %ld times, none of it %ld times; %ld failed\n",
	       rounds, max_ms, killed, finished, all, none, failed);
	return failed ? 1 : 0;
}
