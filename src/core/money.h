/* Money is an integer number of 分 (cents) everywhere in zhibu. */
#ifndef ZHIBU_MONEY_H
#define ZHIBU_MONEY_H
#include <stdbool.h>

typedef long long fen_t;

#define MONEY_SIZE 32
#define MONEY_MAX 100000000000LL /* one billion yuan: larger is a typing error */

/* Parse "15", "15.5", "15.50", "¥15.50", "￥15.50", "1,234.50", "15元".
 * Refuses a third decimal, a negative amount, and anything else.  On failure
 * *why is a translated sentence. */
bool money_parse(const char *s, fen_t *out, const char **why);
/* "15.50", "1234.50", "-3.00" */
void money_format(fen_t v, char out[MONEY_SIZE]);
/* base × rate (in units of 0.01%: 0.5% is 50), rounded to the nearest 分, half up. */
fen_t money_apply_rate(fen_t base, int rate_per_10000);

#endif
