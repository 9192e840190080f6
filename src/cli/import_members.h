#ifndef ZHIBU_IMPORT_MEMBERS_H
#define ZHIBU_IMPORT_MEMBERS_H
struct cli;
/* zhibu import members FILE [--encoding E] [--dry-run] [--update] */
int import_members(struct cli *cli, int argc, char **argv);
#endif
