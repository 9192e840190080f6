/* Shared by the cmocka unit tests. */
#ifndef ZHIBU_UNIT_H
#define ZHIBU_UNIT_H
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#endif
