# Hostile and broken input, one kind per case: each import is refused whole
# with the exact message (FILE:LINE: 列名: problem) and leaves the database
# exactly as it was (its .dump compared before and after).  The file-level
# cases run against every importer in IMPORTERS; the field-level cases are
# per importer.  (The checks of the full-screen form are the same functions:
# tests/unit/test_hostile_forms.c runs a table of bad values through them.)
# Add an importer: append it to IMPORTERS with a header and a good row,
# add its own cases below, regenerate this file's .out and read it.
IMPORTERS="members dues payments meetings candidates disclosures feedback"
# For each: the header, a good row, and a column that is required.
header_dues='公民身份号码,姓名,年度,人员类别,计算基数,月应交,备注,调整原因,审批情况'
good_dues='110105198005120116,张三,2026,在职,3000.00,,,,'
header_payments='公民身份号码,姓名,所属月份,金额,缴纳日期,经手人,备注,自愿多交'
good_payments='110105198005120116,张三,2026-10,15.00,2026-10-09,李四,,'
header_candidates='姓名,性别,出生日期,公民身份号码,工作单位及职务,申请日期'
good_candidates='陈晨,男,1998-03-12,110105199803120115,示范学院 实验员,2026-10-01'
required_members=1 required_dues=3 required_payments=3 required_meetings=1 required_candidates=1
header_disclosures='公开事项,期间,标题,内容摘要,提出日期,提出人,审核日期'
good_disclosures='党费收缴、使用、管理情况,2026Q3,,三季度党费收缴情况,2026-10-20,李四,'
header_feedback='收到日期,渠道,反映人,内容,承办人,答复日期,处理结果'
good_feedback='2026-11-02,意见箱,,希望公开栏按时更新,李四,,'
required_disclosures=1 required_feedback=1
header_meetings='类型,日期,主题,党小组,地点,开始时间,结束时间,主持人,记录人,出席,缺席,列席,内容,决议'
good_meetings='主题党日,2026-03-02,学习党章,,党员活动室,14:30,17:00,张三,李四,张三、李四,,,学习党章。,'
header_members='姓名,性别,民族,出生日期,公民身份号码,学历,人员类别,工作单位及职务,党员类别,入党日期,转正日期,党小组,联系电话,党籍状态,备注'
good_members='孙七,男,汉族,1990-01-01,110108199001010773,大学本科,在职,示范学院 教师,正式,2015-07-01,2016-07-01,第一党小组,13800000000,正常,'

zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu import members "$DATA/members.csv" >/dev/null 2>&1
snapshot() { sqlite3 zhibu.db .dump | md5sum; }
before=$(snapshot)
n=0
# run KIND IMPORTER FILE [OPTIONS]: import FILE, show what was said.
run() {
	kind=$1 importer=$2 file=$3
	shift 3
	n=$((n + 1))
	echo "--- $n. $importer: $kind"
	zhibu import "$importer" "$file" "$@"; echo "exit $?"
	[ "$(snapshot)" = "$before" ] || { echo "!!! THE DATABASE CHANGED"; before=$(snapshot); }
}
# field IMPORTER COLUMN VALUE KIND: the good row with one column changed.
field() {
	importer=$1 col=$2 value=$3 kind=$4
	eval "h=\$header_$importer g=\$good_$importer"
	printf '%s\n' "$h" > f.csv
	printf '%s\n' "$g" | awk -F, -v OFS=, -v c="$col" -v v="$value" '{ $c = v; print }' >> f.csv
	run "$kind" "$importer" f.csv
}

for imp in $IMPORTERS; do
	eval "h=\$header_$imp g=\$good_$imp"
	: > empty.csv;                                run "an empty file" $imp empty.csv
	printf '\357\273\277' > bom.csv;             run "only a byte order mark" $imp bom.csv
	printf '\n\n  \n' > blank.csv;               run "only blank lines" $imp blank.csv
	printf '%s\n' "$h" | head -c 40 > cut.csv;    run "a header cut in the middle of a character" $imp cut.csv
	head -c 300 /dev/zero > zeros.csv;           run "NUL bytes" $imp zeros.csv
	printf '%s\n%s\n\000\n' "$h" "$g" > nul.csv;  run "a NUL byte after good rows" $imp nul.csv
	printf '\377\376\000a\000b' > utf16.csv;     run "UTF-16 text" $imp utf16.csv
	printf '%s\n%s\n' "$h" "$g" | iconv -f UTF-8 -t GB18030 > gbk.csv
	run "GBK text read as UTF-8" $imp gbk.csv --encoding utf-8
	printf '%s\n%s\n' "$h" "$g" > good.csv
	run "UTF-8 text read as GB18030" $imp good.csv --encoding gb18030
	printf '\211PNG\r\n\032\n\000\000\000\rIHDR' > image.csv; run "an image named .csv" $imp image.csv
	printf 'PK\003\004\024\000\006\000' > book.csv; run "an XLSX workbook named .csv" $imp book.csv
	mkdir -p folder.csv;                         run "a folder" $imp folder.csv
	                                             run "a file that does not exist" $imp missing.csv
	ln -sf /dev/zero device.csv;                 run "a device" $imp device.csv
	truncate -s 300M huge.csv;                   run "a file larger than 256 MB" $imp huge.csv
	rm -f huge.csv
	printf 'a,b,c\n1,2,3\n' > other.csv;         run "a CSV of something else" $imp other.csv
	printf '%s,%s\n%s,\n' "$h" "身份证" "$g" > unknown.csv; run "an unknown column" $imp unknown.csv
	printf '%s,%s\n%s,x\n' "$h" "${h%%,*}" "$g" > twice.csv; run "a column twice" $imp twice.csv
	eval "r=\$required_$imp"
	drop() { awk -F, -v OFS=, -v c="$r" '{ $c = ""; sub(/,,/, ","); if (c == 1) sub(/^,/, ""); print }'; }
	{ printf '%s\n' "$h" | drop; printf '%s\n' "$g" | drop; } > noname.csv
	run "a required column missing" $imp noname.csv
	printf '%s\n%s,extra\n' "$h" "$g" > long.csv; run "a row with a field too many" $imp long.csv
	printf '%s\n%s\n' "$h" "$(printf '%s' "$g" | cut -d, -f1-5)" > short.csv; run "a row with fields missing" $imp short.csv
	printf '%s\n"%s\n' "$h" "$g" > open.csv;    run "a quote never closed" $imp open.csv
	printf '%s\n"孙"七%s\n' "$h" "$(printf '%s' "$g" | cut -d, -f2- | sed 's/^/,/')" > after.csv
	run "text after a closing quote" $imp after.csv
	{ printf '%s\n' "$h"; awk 'BEGIN { for (i = 0; i < 1100; i++) printf ","; print "" }'; } > wide.csv
	run "a row of 1,101 fields" $imp wide.csv
done

# Members: a field of 2 MB, each field, and the rules across fields.
{ printf '%s\n%s' "$header_members" "$(printf '%s' "$good_members" | cut -d, -f1-7)"; printf ','
  head -c 2000000 /dev/zero | tr '\0' x; printf ',%s\n' "$(printf '%s' "$good_members" | cut -d, -f9-)"; } > megabyte.csv
run "a field of 2 MB" members megabyte.csv
field members 1 '' "姓名 empty"
field members 1 '　 ' "姓名 only an ideographic space"
field members 1 '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一' "姓名 of 31 characters"
field members 2 '未知' "性别 not 男 or 女"
field members 2 '女' "性别 against the ID number"
field members 3 '汉' "民族 without 族"
field members 4 '1990-02-30' "出生日期 that does not exist"
field members 4 '昨天' "出生日期 not a date"
field members 4 '1991-01-01' "出生日期 against the ID number"
field members 5 '' "公民身份号码 empty"
field members 5 '11010819900101077' "公民身份号码 of 17 characters"
field members 5 '11010819900101077Y' "公民身份号码 ending in a letter other than X"
field members 5 '110108199001010774' "公民身份号码 with a wrong check digit"
field members 5 '110108199013010778' "公民身份号码 with month 13"
field members 5 '１１０１０８１９９００１０１０７７４' "公民身份号码 in full-width digits with a wrong check digit"
field members 5 '110105198005120116' "公民身份号码 already in the roster"
field members 6 '博士后' "学历 not in the list"
field members 7 '退伍' "人员类别 not in the list"
field members 8 "$(head -c 300 /dev/zero | tr '\0' 'x')" "工作单位及职务 of 300 bytes"
field members 9 '入党积极分子' "党员类别 not 正式 or 预备"
field members 10 '' "入党日期 empty"
field members 10 '2030-07-01' "入党日期 in the future"
field members 10 '1989-07-01' "入党日期 before the birth date"
field members 11 '2014-07-01' "转正日期 before 入党日期"
field members 11 '2031-07-01' "转正日期 in the future"
printf '%s\n%s\n' "$header_members" "$(printf '%s' "$good_members" | awk -F, -v OFS=, '{ $9 = "预备"; print }')" > f.csv
run "转正日期 for a probationary member" members f.csv
field members 13 '138-0000-000a' "联系电话 with a letter"
field members 13 '123456' "联系电话 of 6 digits"
field members 13 '1234567890123456' "联系电话 of 16 digits"
field members 14 '开除' "党籍状态 not in the list"
field members 15 "$(head -c 600 /dev/zero | tr '\0' 'x')" "备注 of 600 bytes"
printf '%s\n%s\n%s\n' "$header_members" "$good_members" "$good_members" > f.csv
run "the same person twice in one file" members f.csv
printf '%s\n%s\n' "$header_members" "$(printf '%s' "$good_members" | sed 's/孙七/孙七\n/')" > f.csv
run "a line break inside an unquoted field" members f.csv

# Dues: the yearly amount fixed for a member.
field dues 1 '110105198005120117' "公民身份号码 with a wrong check digit"
field dues 1 '110108199001010773' "公民身份号码 of nobody in the roster"
field dues 2 '李四' "姓名 not the one of the ID number"
field dues 3 '二〇二六' "年度 not a year"
field dues 5 '-3000' "计算基数 negative"
field dues 5 '3000.001' "计算基数 with three decimals"
field dues 6 '1.00' "月应交 other than the rules give, without 调整原因 and 审批情况"

# Payments.
field payments 3 '2026-13' "所属月份 that does not exist"
field payments 3 '2004-06' "所属月份 before the member joined"
field payments 4 '0' "金额 of nothing"
field payments 4 '十五元' "金额 in words"
field payments 5 '2027-01-05' "缴纳日期 in the future"
field payments 8 '也许' "自愿多交 neither yes nor no"
printf '%s\n%s\n%s\n' "$header_payments" "$good_payments" "$good_payments" > f.csv
run "the same payment twice in one file" payments f.csv

# Meetings: the fields of a minute.
field meetings 1 '茶话会' "类型 not a kind of meeting"
field meetings 2 '2026-02-30' "日期 that does not exist"
field meetings 2 '2027-01-04' "日期 in the future"
field meetings 6 '25:00' "开始时间 not a time of day"
field meetings 7 '14:00' "结束时间 before 开始时间"
field meetings 10 '张三、无名氏' "出席 naming nobody in the roster"
field meetings 10 '张三、张三' "出席 naming someone twice"
field meetings 11 '赵六(病假' "缺席 with a bracket never closed"
field meetings 10 '#99' "出席 with a #ID that does not exist"
printf '%s\n%s\n' "$header_meetings" "$(printf '%s' "$good_meetings" | awk -F, -v OFS=, '{ $1 = "支部党员大会"; $4 = "第一党小组"; print }')" > f.csv
run "党小组 for a meeting of the whole branch" meetings f.csv

# Candidates (入党申请人).
field candidates 4 '110105199803120116' "公民身份号码 with a wrong check digit"
field candidates 2 '女' "性别 against the ID number"
field candidates 6 '2027-01-01' "申请日期 in the future"
field candidates 6 '2010-01-01' "申请日期 before the age of 18"
printf '%s\n%s\n' "$header_candidates" '张三,男,1980-05-12,110105198005120116,示范学院 教师,2026-10-01' > f.csv
run "a member as a new applicant" candidates f.csv
field disclosures 2 '2026-07' "期间 of another kind than the catalogue row's"
field disclosures 5 '2026-13-01' "提出日期 that is not a date"
field disclosures 7 '2026-10-21' "审核日期 without 保密审查"
field feedback 2 '微博' "渠道 not in the list"
field feedback 6 '2026-11-10' "答复日期 without 处理结果"
field feedback 1 '2026-02-30' "收到日期 that is not a date"

echo "--- $n cases of bad input; database unchanged: $([ "$(snapshot)" = "$before" ] && echo yes || echo NO)"
sqlite3 zhibu.db "PRAGMA integrity_check" "SELECT count(*) FROM members"

echo "--- hostile but valid: SQL in a name is only text"
printf '%s\n%s\n' "$header_members" \
	"x'); DROP TABLE members;--,男,汉族,1985-05-05,110108198505051232,,在职,,正式,2010-07-01,2011-07-01,,,," > f.csv
zhibu import members f.csv; echo "exit $?"
sqlite3 zhibu.db "SELECT count(*) FROM members" "SELECT name FROM members WHERE id_number = '110108198505051232'"
