/* Shared by the 发展 commands (cmd_candidate.c, report_pipeline.c). */
#ifndef ZHIBU_CANDIDATE_CLI_H
#define ZHIBU_CANDIDATE_CLI_H
struct db;
/* The candidate a name or an ID number means: EXIT_OK with *id, or the
 * exit status after saying why not (none, several, a database error). */
int candidate_cli_find(struct db *db, const char *text, long long *id);
#endif
