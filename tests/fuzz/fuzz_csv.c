/* The CSV reader: any bytes, record by record as the importer reads them
 * (a malformed record is reported and reading goes on).  Properties: the
 * reader always moves on (a bounded number of calls), line numbers never go
 * back, and every field is a string inside the record's buffer. */
#include "fuzz.h"

#include "io/csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	if (!text)
		abort();
	memcpy(text, data, size);
	text[size] = '\0';
	struct csv_reader *r = csv_reader_new(text, size);
	struct csv_row row;
	const char *why;
	size_t last_line = 0, calls = 0;
	for (;;) {
		bool ok = csv_next(r, &row, &why);
		FUZZ_ASSERT(++calls <= size + 2);
		if (!ok && !why)
			break;
		FUZZ_ASSERT(row.line >= last_line);
		last_line = row.line;
		if (!ok)
			continue;
		FUZZ_ASSERT(row.nfields >= 1 && row.nfields <= 1024);
		size_t total = 0;
		for (int i = 0; i < row.nfields; i++)
			total += strlen(row.fields[i]);
		FUZZ_ASSERT(total <= size);
	}
	csv_reader_free(r);
	free(text);
	return 0;
}
