/* The catalogue of the settings a branch may change (the settings table,
 * db/branch.h): each key, its default, what it means and the values it
 * takes.  One table for `zhibu disclose settings` and the 设置 screen. */
#ifndef ZHIBU_RULES_SETTINGS_H
#define ZHIBU_RULES_SETTINGS_H
#include <stddef.h>

enum setting_type {
	SETTING_NUMBER,  /* a whole number within [lo, hi] */
	SETTING_CHOICE,  /* one of choices */
	SETTING_MONTH_DAY, /* MM-DD */
	SETTING_DATE,    /* YYYY-MM-DD or empty */
	SETTING_PERIOD,  /* 月, 季度, 半年 or 年 */
	SETTING_TEXT,    /* any line of text */
};

struct setting_def {
	const char *key;
	const char *fallback; /* the value when no row is stored */
	const char *mark;     /* msgid: where the default comes from, [default] or [practice] */
	const char *help;     /* msgid */
	enum setting_type type;
	int lo, hi;
	const char *const *choices; /* SETTING_CHOICE, NULL-terminated */
};

extern const struct setting_def setting_defs[];
extern const size_t setting_count;

/* The entry of key, or NULL. */
const struct setting_def *setting_find(const char *key);
/* What is wrong with value for the setting (translated), or NULL. */
const char *setting_problem(const struct setting_def *s, const char *value);

#endif
