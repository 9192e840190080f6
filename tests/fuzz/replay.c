/* Run a fuzz target over files and folders of inputs, without libFuzzer:
 *   fuzz_NAME-replay PATH...
 * Used by make check (fuzz-replay) on tests/fuzz/corpus/NAME, so that every
 * input ever kept, crashes found once among them, is tried on every build
 * under the sanitizers.  Prints one line; exit 1 when a folder is empty or
 * missing (the target then has no corpus). */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return -1;
	}
	size_t cap = 4096, n = 0, got;
	uint8_t *buf = malloc(cap);
	while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap)
			buf = realloc(buf, cap *= 2);
	}
	fclose(f);
	if (!buf)
		abort();
	/* An exact-size copy, so that reading past the input is caught. */
	uint8_t *exact = malloc(n ? n : 1);
	if (!exact)
		abort();
	memcpy(exact, buf, n);
	free(buf);
	LLVMFuzzerTestOneInput(exact, n);
	free(exact);
	return 0;
}

int main(int argc, char **argv)
{
	long files = 0;
	int status = 0;
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			perror(argv[i]);
			status = 1;
			continue;
		}
		if (!S_ISDIR(st.st_mode)) {
			files += run_file(argv[i]) == 0;
			continue;
		}
		struct dirent **names;
		int n = scandir(argv[i], &names, NULL, alphasort);
		long before = files;
		for (int k = 0; k < n; k++) {
			if (names[k]->d_name[0] != '.') {
				char *p;
				if (asprintf(&p, "%s/%s", argv[i], names[k]->d_name) < 0)
					abort();
				files += run_file(p) == 0;
				free(p);
			}
			free(names[k]);
		}
		free(names);
		if (files == before) {
			fprintf(stderr, "%s: no inputs\n", argv[i]);
			status = 1;
		}
	}
	const char *name = strrchr(argv[0], '/');
	printf("fuzz-replay: %s: %ld inputs\n", name ? name + 1 : argv[0], files);
	return status;
}
