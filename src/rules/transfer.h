/* 组织关系转接 as pure rules (records.md C12, domain.md §7): the letter's
 * expiry counting the day of issue, the 回执 due one month after it, the
 * state of a 转出 letter, and the 大写 the letter's form writes its dates
 * and day counts in (党费已交到贰零贰陆年玖月, 有效期叁拾天). */
#ifndef ZHIBU_RULES_TRANSFER_H
#define ZHIBU_RULES_TRANSFER_H
#include <stdbool.h>
#include <stddef.h>

#include "core/date.h"

#define TRANSFER_DEFAULT_DAYS 30
#define TRANSFER_MAX_DAYS 90   /* more needs an override with a reason */

/* The last day the letter is valid: issued + days − 1. */
struct date transfer_expiry(struct date issued, int days);
/* The 回执 is due one month after the expiry (month-end clamped). */
struct date transfer_receipt_due(struct date expiry);

enum transfer_state { TRANSFER_WAITING, TRANSFER_OVERDUE, TRANSFER_RECEIVED };
/* 待回执, 回执超期 (after the due day, as of), 已回执. */
enum transfer_state transfer_state(struct date issued, int days, bool received, struct date as_of);
extern const char *const transfer_state_names[3];

/* The scopes of a letter, NULL-terminated: 县内, 省内, 跨省, 系统内, 其他. */
extern const char *const transfer_scopes[];

/* 大写 as the form writes: digits one by one for a year (贰零贰陆), counts
 * and months in words (拾, 拾壹, 贰拾, 壹佰). Out of range (n < 0 or > 9999): "". */
void transfer_daxie_number(int n, char *out, size_t size);
/* 贰零贰陆年玖月 */
void transfer_daxie_month(int y, int m, char *out, size_t size);
/* 贰零贰陆年拾壹月贰拾日 */
void transfer_daxie_date(struct date d, char *out, size_t size);

#endif
