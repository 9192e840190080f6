#include "cli/import_options.h"

#include <string.h>

#include "cli/cli.h"
#include "core/i18n.h"

int import_options_parse(struct import_options *o, int argc, char **argv, bool allow_update)
{
	memset(o, 0, sizeof *o);
	o->encoding = ENC_AUTO;
	for (int i = 1; i < argc; i++) {
		bool missing;
		const char *v = cli_opt_value(argc, argv, &i, "--encoding", &missing);
		if (v) {
			if (!encoding_parse(v, &o->encoding))
				return cli_usage("import", _("unknown encoding %s (use auto, utf-8 or gb18030)"), v);
		} else if (missing) {
			return cli_usage("import", _("%s needs a value"), argv[i]);
		} else if (!strcmp(argv[i], "--dry-run")) {
			o->dry_run = true;
		} else if (allow_update && !strcmp(argv[i], "--update")) {
			o->update = true;
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			return cli_usage("import", _("unknown argument %s"), argv[i]);
		} else if (o->file) {
			return cli_usage("import", _("one file at a time (%s and %s)"), o->file, argv[i]);
		} else {
			o->file = argv[i];
		}
	}
	if (!o->file)
		return cli_usage("import", _("name the file to import"));
	return 0;
}
