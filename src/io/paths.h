/* File paths: where the database lives (XDG), folders, backups. */
#ifndef ZHIBU_PATHS_H
#define ZHIBU_PATHS_H
#include <stdbool.h>

/* --db PATH, else $ZHIBU_DB, else $XDG_DATA_HOME/zhibu/zhibu.db, else
 * ~/.local/share/zhibu/zhibu.db.  Returns a heap string. */
char *paths_database(const char *option);
/* The folder part of path ("." when none); heap string. */
char *paths_dirname(const char *path);
/* mkdir -p, creating missing folders with mode 0700. */
bool paths_make_dir(const char *dir);
/* The backups/ folder beside the database file; heap string. */
char *paths_backup_dir(const char *db_path);
/* Where reports are saved by default: ~/Documents or ~/文档 when it is a
 * folder, else the current folder ("."); heap string. */
char *paths_documents_dir(void);
/* A new private folder (0700, a name no one can guess) in $TMPDIR or
 * /tmp for temporary files; heap string, NULL with errno set on failure. */
char *paths_temp_dir(void);
/* Remove such a folder and what is in it (files, and folders in it the
 * same way: the backups/ that db_open keeps before an upgrade). */
void paths_remove_temp_dir(const char *dir);

/* zhibu's cache folder: $XDG_CACHE_HOME/zhibu, else ~/.cache/zhibu,
 * created (0700) when make is true; heap string, NULL when there is no home
 * or it cannot be made. */
char *paths_cache_dir(bool make);

#endif
