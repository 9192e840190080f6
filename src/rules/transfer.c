#include "rules/transfer.h"

#include <stdio.h>
#include <string.h>

const char *const transfer_state_names[3] = { "待回执", "回执超期", "已回执" };
const char *const transfer_scopes[] = { "县内", "省内", "跨省", "系统内", "其他", NULL };

struct date transfer_expiry(struct date issued, int days)
{
	return date_add_days(issued, days > 0 ? days - 1 : 0);
}

struct date transfer_receipt_due(struct date expiry)
{
	return date_add_months(expiry, 1);
}

enum transfer_state transfer_state(struct date issued, int days, bool received, struct date as_of)
{
	if (received)
		return TRANSFER_RECEIVED;
	struct date due = transfer_receipt_due(transfer_expiry(issued, days));
	return date_cmp(as_of, due) > 0 ? TRANSFER_OVERDUE : TRANSFER_WAITING;
}

static const char *const digits[10] = { "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" };

static void append(char *out, size_t size, const char *s)
{
	size_t len = strlen(out);
	if (len < size)
		snprintf(out + len, size - len, "%s", s);
}

void transfer_daxie_number(int n, char *out, size_t size)
{
	static const char *const units[4] = { "", "拾", "佰", "仟" };
	if (!size)
		return;
	out[0] = '\0';
	if (n < 0 || n > 9999)
		return;
	if (n == 0) {
		append(out, size, digits[0]);
		return;
	}
	int d[4] = { n / 1000, n / 100 % 10, n / 10 % 10, n % 10 };
	bool started = false, zero = false;
	for (int i = 0; i < 4; i++) {
		if (!d[i]) {
			zero = started;
			continue;
		}
		if (zero)
			append(out, size, digits[0]);
		zero = false;
		/* 拾壹, not 壹拾壹, when the number starts with its tens */
		if (!(i == 2 && !started && d[i] == 1))
			append(out, size, digits[d[i]]);
		append(out, size, units[3 - i]);
		started = true;
	}
}

static void append_year(int y, char *out, size_t size)
{
	char buf[8];
	snprintf(buf, sizeof buf, "%04d", y % 10000);
	for (const char *p = buf; *p; p++)
		append(out, size, digits[*p - '0']);
	append(out, size, "年");
}

void transfer_daxie_month(int y, int m, char *out, size_t size)
{
	char num[64];
	if (!size)
		return;
	out[0] = '\0';
	append_year(y, out, size);
	transfer_daxie_number(m, num, sizeof num);
	append(out, size, num);
	append(out, size, "月");
}

void transfer_daxie_date(struct date d, char *out, size_t size)
{
	char num[64];
	transfer_daxie_month(d.y, d.m, out, size);
	transfer_daxie_number(d.d, num, sizeof num);
	append(out, size, num);
	append(out, size, "日");
}
