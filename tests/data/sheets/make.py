#!/usr/bin/env python3
"""Make the spreadsheet fixtures of tests/cli/import_sheets.sh the way an
office makes them: a Gnumeric workbook (title rows, a merged title and a
merged header cell, column names as people write them, date cells, phone
numbers as number cells, blank numbered template rows) converted by
Gnumeric's ssconvert to .xlsx and .xls (BIFF8), and the same table as
Excel's "Unicode 文本" (UTF-16 LE with a BOM, TAB-separated).
Run from this folder: python3 make.py (needs gnumeric and iconv)."""
import datetime, subprocess
from xml.sax.saxutils import escape

TITLE = "测试党支部党员花名册"
SUBTITLE = "填报单位：测试党支部          填报时间：2026年11月"
HEADER = ["序号", "姓  名", "性别", "民族", "出生年月", "身份证号码", "文化程度", "人员类别",
          "工作单位", "党员类别", "入党时间", "转正时间", "党小组", "手机", "党籍状态", "备注"]
# Dates as datetime.date become date cells; "1980.05" stays text (a month).
PEOPLE = [
    ["张三", "男", "汉族", "1980.05", "110105198005120116", "大学本科", "在职", "示范学院计算机学院 教师",
     "正式党员", datetime.date(2005, 6, 30), datetime.date(2006, 6, 30), "第一党小组", 13800138000, "正常", ""],
    ["李四", "女", "回族", datetime.date(1975, 11, 3), "310104197511030224", "研究生", "在职", "示范学院教务处 副处长",
     "正式", datetime.date(2001, 7, 1), datetime.date(2002, 7, 1), "第一党小组", 13912345678, "正常", "党小组长"],
    ["欧阳建国", "男", "汉族", datetime.date(1950, 1, 20), "440106195001200337", "大专", "退休", "",
     "正式", datetime.date(1972, 10, 1), datetime.date(1973, 10, 1), "第二党小组", "020-87654321", "正常", "老党员"],
    ["王芳", "女", "汉族", "2001年3月", "330106200103150447", "本科", "学生", "示范学院计算机学院 研究生",
     "预备党员", datetime.date(2026, 5, 20), "", "第二党小组", 15000000001, "正常", ""],
    ["赵六", "男", "满族", datetime.date(1968, 8, 8), "210102196808080555", "高中", "在职", "后勤保障处 职工",
     "正式", datetime.date(1995, 12, 1), datetime.date(1996, 12, 1), "第一党小组", 13700000002, "流动", "外出务工"],
]
EPOCH = datetime.date(1899, 12, 30)

def cell(row, col, v, numeric_id=False):
    if v == "" or v is None:
        return ""
    if isinstance(v, datetime.date):
        return ('<gnm:Cell Row="%d" Col="%d" ValueType="40" ValueFormat="yyyy-mm-dd">%d</gnm:Cell>\n'
                % (row, col, (v - EPOCH).days))
    if isinstance(v, int) or (numeric_id and v.isdigit()):
        return '<gnm:Cell Row="%d" Col="%d" ValueType="40">%s</gnm:Cell>\n' % (row, col, v)
    return '<gnm:Cell Row="%d" Col="%d" ValueType="60">%s</gnm:Cell>\n' % (row, col, escape(str(v)))

def sheet(name, numeric_id):
    cells = cell(0, 0, TITLE) + cell(1, 0, SUBTITLE)
    for c, h in enumerate(HEADER):
        cells += cell(2, c, h)
    for r, p in enumerate(PEOPLE):
        cells += cell(3 + r, 0, r + 1)
        for c, v in enumerate(p):
            cells += cell(3 + r, 1 + c, v, numeric_id and c == 4)
    for r in range(len(PEOPLE), len(PEOPLE) + 3):  # numbered rows left blank
        cells += cell(3 + r, 0, r + 1)
    return ('<gnm:Sheet><gnm:Name>%s</gnm:Name><gnm:MaxCol>17</gnm:MaxCol><gnm:MaxRow>12</gnm:MaxRow>\n'
            '<gnm:Cells>\n%s</gnm:Cells>\n<gnm:MergedRegions><gnm:Merge>A1:Q1</gnm:Merge>'
            '<gnm:Merge>P3:Q3</gnm:Merge></gnm:MergedRegions></gnm:Sheet>\n' % (name, cells))

def workbook(sheets):
    names = "".join("<gnm:SheetName>%s</gnm:SheetName>" % n for n, _ in sheets)
    body = "".join(sheet(n, numeric) for n, numeric in sheets)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd">\n'
            '<gnm:SheetNameIndex>%s</gnm:SheetNameIndex>\n<gnm:Sheets>\n%s</gnm:Sheets>\n</gnm:Workbook>\n'
            % (names, body))

with open("roster.gnumeric", "w", encoding="utf-8") as f:
    f.write(workbook([("花名册", False), ("数字身份证", True)]))
for ext, exporter in (("xlsx", "Gnumeric_Excel:xlsx2"), ("xls", "Gnumeric_Excel:excel_biff8")):
    subprocess.run(["ssconvert", "-T", exporter, "roster.gnumeric", "roster." + ext], check=True)

def text(v):
    return v.isoformat() if isinstance(v, datetime.date) else str(v)

lines = [TITLE, SUBTITLE, "\t".join(HEADER)]
lines += ["\t".join([str(r + 1)] + [text(v) for v in p]) for r, p in enumerate(PEOPLE)]
lines += [str(r + 1) for r in range(len(PEOPLE), len(PEOPLE) + 3)]
tsv = ("\r\n".join(lines) + "\r\n").encode("utf-16-le")
with open("roster-utf16.txt", "wb") as f:
    f.write(b"\xff\xfe" + tsv)
with open("roster.csv", "w", encoding="utf-8", newline="") as f:
    f.write("\r\n".join(l.replace("\t", ",") for l in lines) + "\r\n")
