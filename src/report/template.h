/* Templates to fill: for each kind of import (members, dues, payments,
 * meetings, candidates) an .xlsx with the importer's header, text columns
 * kept as text, drop-downs for the enumerated columns, date columns as
 * dates, one example row (序号 示例, skipped on import) and a second sheet
 * 填写说明 with each column's rule. */
#ifndef ZHIBU_REPORT_TEMPLATE_H
#define ZHIBU_REPORT_TEMPLATE_H

struct sheet;

/* The kinds, in the order of zhibu export template's argument. */
extern const char *const template_kinds[];

/* The template of kind (a name of template_kinds), or NULL when there is
 * no such kind. */
struct sheet *template_sheet(const char *kind);

#endif
