/* The table of migrations generated from schema/NNNN_what.sql. */
#ifndef ZHIBU_MIGRATIONS_H
#define ZHIBU_MIGRATIONS_H

struct migration {
	int version;
	const char *name;
	const char *sql;
};

extern const struct migration migrations[];
extern const int migration_count;

#endif
