/* 公民身份号码 (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit
 * sequence (odd = male), check character. */
#ifndef ZHIBU_IDNUM_H
#define ZHIBU_IDNUM_H
#include <stdbool.h>
#include <stddef.h>

#include "date.h"

#define IDNUM_SIZE 19

enum sex { SEX_UNKNOWN = 0, SEX_MALE, SEX_FEMALE };

/* The check character for the first 17 digits. */
char idnum_check_char(const char *first17);
/* Check form, checksum and birth date.  Upper-cases a trailing x into norm
 * (IDNUM_SIZE bytes).  On success gives the birth date and sex. */
bool idnum_parse(const char *s, char norm[IDNUM_SIZE], struct date *birth,
		 enum sex *sex, const char **why);
/* "1101**********002X": the first 4 and last 4 characters shown. */
void idnum_mask(const char *id, char out[IDNUM_SIZE]);
/* A phone number with its middle digits hidden: 13812345678 -> 138****5678.
 * The first 3 and the last 4 digits stay, separators stay in place; with
 * fewer than 8 digits only the last 4 show.  out has at least strlen(phone)+1
 * bytes (size). */
void phone_mask(const char *phone, char *out, size_t size);

#endif
