/* Fixture for tests/safety/sql_format.sh: sqlfmt must report exactly the
 * calls marked "<- found" (on the line where the call starts), and none of
 * the calls marked "ok".  Never compiled. */
void report(struct db *db, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

void cases(char *buf, size_t n, const char *name, int id)
{
	snprintf(buf, n, "SELECT * FROM members WHERE name = '%s'", name);   /* <- found */
	sqlite3_mprintf("DELETE FROM members WHERE id = %d", id);            /* <- found */
	char *q = sqlite3_mprintf("UPDATE members SET note = %Q", name);     /* <- found */
	asprintf(&q, "INSERT INTO t(a) "                                     /* <- found */
		     "VALUES (%s)", name);
	report(db, "SELECT %s", name);                                       /* <- found: a declared wrapper */
	snprintf(buf, n, "PRAGMA table_info(%s)", name);                     /* <- found */
	snprintf(buf, n, "PRAGMA user_version = %d", id);                    /* ok: an int into a pragma */
	sqlite3_mprintf("SELECT * FROM \"%w\"", name);                       /* ok: %w quotes an identifier */
	printf("Selected %s members where you asked\n", name);               /* ok: no SQL keyword in capitals */
	printf("SELECT count(*) FROM members\n");                            /* ok: nothing is formatted */
	fprintf(stderr, "PRAGMA: %s\n", why);                                /* ok: a message, not a statement */
	snprintf(buf, n, "SELECT\n\tname FROM members WHERE id = %d", id);  /* <- found */
	/* snprintf(buf, n, "SELECT %s", name); in a comment: ok */
	db_stmt(db, "SELECT name FROM members WHERE id = :id");              /* ok: a bound parameter */
}
