# 述职数据表 over a fixture year built here: the meetings fixture (with its
# gaps), dues fixed for three members (李四 pays only the first half),
# a plan of 2 admitted (3 came: the pipeline fixture), 民主评议 grades, a 整改 batch with an
# overdue and a repeated problem, the plan, the 测评, and a 支委会 tagged
# 党建工作专题 in the first half only, one talk, the candidates of the
# pipeline fixture (the 发展 stages reached in 2026), 欧阳建国 transferred out in
# March with no 回执 back (回执超期) and 李平 transferred in (回执 sent back), the 第1届 term
# ended in March and 第2届 elected in April (late), the 2026Q1 党费 and the 换届 disclosed
# (the other routine rows missing), one opinion answered in time, one not
# answered, and one from December 2025 still unanswered (carried over).  Every 汇总 row's 依据 names a record.
. "$DATA/meetings-setup.sh"
sqlite3 zhibu.db "INSERT INTO settings(key, value) VALUES ('pipeline.plan.2026', '2')"
for who in 张三 李四 孙七; do zhibu dues set --year 2026 --member $who --base 3000.00 >/dev/null 2>&1; done
zhibu dues pay --member 张三 --month 2026-01..2026-12 --date 2026-11-10 >/dev/null 2>&1
zhibu dues pay --member 孙七 --month 2026-01..2026-11 --date 2026-11-10 >/dev/null 2>&1
zhibu dues pay --member 李四 --month 2026-01..2026-06 --date 2026-06-30 >/dev/null 2>&1
zhibu dues remit --period 2026Q3 --amount 90 --date 2026-09-08 --to 上级党委 >/dev/null 2>&1
zhibu meeting add --kind 组织生活会 --date 2026-02-10 --title 组织生活会 --start 09:00 --end 11:00 --decisions 整改 >/dev/null 2>&1
zhibu meeting add --kind 支委会 --date 2026-11-05 --title 研究11月工作 >/dev/null 2>&1
zhibu meeting grade --year 2026 张三=优秀 李四=合格 孙七=合格 2>/dev/null
zhibu meeting tag 会议#70 党建工作专题
zhibu rectify batch --title 2025年组织生活会查摆问题 --source 组织生活会 --feedback 2025-02-01 >/dev/null
zhibu rectify add --batch 2025年组织生活会查摆问题 --problem 理论学习不够深入 --person 张三 --deadline 2025-06-30 >/dev/null
zhibu rectify close 1 --date 2025-06-01 --verifier 李四 --evidence 会议#12 >/dev/null
zhibu rectify batch --title 2026年巡察反馈问题整改 --source 巡察 --feedback 2026-03-10 >/dev/null
zhibu rectify add --batch 2026年巡察反馈问题整改 --problem 理论学习不够深入 --person 张三 --deadline 2026-06-30 >/dev/null
zhibu rectify add --batch 2026年巡察反馈问题整改 --problem 党费收缴不及时 --person 李四 --deadline 2026-09-30 >/dev/null
zhibu rectify add --batch 2026年巡察反馈问题整改 --problem 录入错误 --person 李四 --deadline 2026-09-30 >/dev/null
zhibu rectify close 2 --date 2026-06-20 --verifier 李四 --evidence 会议#70 >/dev/null
zhibu rectify void 4 --reason 录入错误 >/dev/null
zhibu rectify report-sent 2026年巡察反馈问题整改 --date 2026-05-08 >/dev/null
printf '序号,类别,工作任务,具体措施,完成时限,责任人,指标,目标\n1,组织建设,按期召开支部党员大会,,2026-12,张三,支部党员大会,4\n2,制度建设,修订议事规则,,2026-06,张三,,\n' > plan.csv
zhibu import plan plan.csv --year 2026 2>/dev/null
zhibu plan adopt --year 2026 --date 2026-01-05 --meeting 会议#61 >/dev/null
zhibu review add --year 2026 --held 2026-11-15 --expected 9 --returned 3 >/dev/null
printf '票号,领导班子建设,队伍建设,工作机制,工作业绩,作风形象,发展思路\n1,90,90,90,90,90,90\n2,80,85,85,80,80,90\n3,,80,80,80,80,80\n' > b.csv
zhibu import review-ballots b.csv --review 1 2>/dev/null
zhibu talk add --date 2026-09-01 --talker 张三 --with 李四 --summary 交流分工 >/dev/null
zhibu import candidates "$DATA/pipeline-candidates.csv" >/dev/null 2>&1; echo "candidates: exit $?"
zhibu transfer out --member 欧阳建国 --to 中共某县委组织部 --letter-no 测2026-01 --issued 2026-03-02 --dues-to 2026-02 >/dev/null 2>&1
zhibu transfer in --name 李平 --id-number 440106197811200055 --kind 正式 --from 中共丙镇委员会 --letter-no 丙2026-9 --issued 2026-11-10 --dues-to 2026-10 \
	--reported 2026-11-12 --sex 男 --birth 1978-11-20 --joined 2000-07-01 --full 2001-07-01 --group 第一党小组 >/dev/null 2>&1
zhibu transfer receipt 转接#2 --date 2026-11-13 --by 张三 >/dev/null
zhibu term add --elected 2023-03-15 >/dev/null
zhibu term add --elected 2026-04-10 >/dev/null
zhibu disclose add --catalog 8 --period 2026Q1 --summary 一季度党费收缴情况 --proposed 2026-04-10 --by 李四 >/dev/null
zhibu disclose add --catalog 5 --summary 第2届支部委员会选举结果 --proposed 2026-04-12 --by 张三 >/dev/null
for d in 1 2; do
	zhibu disclose review $d --date 2026-04-13 --by 李四 --secrecy ok >/dev/null
	zhibu disclose approve $d --date 2026-04-14 --by 张三 >/dev/null
	zhibu disclose publish $d --date 2026-04-15 >/dev/null
done
zhibu feedback add --date 2026-03-02 --channel 意见箱 --content 希望公开栏按时更新 --handler 李四 >/dev/null
zhibu feedback reply 1 --date 2026-03-10 --result 采纳 --text 已安排每月更新 >/dev/null
zhibu feedback add --date 2026-11-02 --channel 当面 --from 张三 --content 建议公开党费使用明细 --handler 李四 >/dev/null
zhibu feedback add --date 2025-12-22 --channel 信箱 --content 建议增加党小组活动经费 --handler 张三 >/dev/null
echo "--- the year, as of 2026-12-31"
zhibu report yearbook --year 2026 --as-of 2026-12-31; echo "exit $?"
echo "--- every 汇总 row's 依据 names a record"
zhibu report yearbook --year 2026 --as-of 2026-12-31 --format csv -o yb.csv; echo "exit $?"
awk -F, 'NR == 1 { next } /^\r?$/ { exit } { n++ }
	$6 !~ /#[0-9]/ { if ($3 ~ /^0/) zero++; else { print "no record: " $0; bad++ } }
	END { print n " rows: " bad + 0 " with a count and no record; " zero + 0 " count nothing" }' yb.csv
echo "--- the first half, as of today"
zhibu report yearbook --half 2026H1 | sed -n '/问题清单/,$p'; echo "exit $?"
echo "--- XLSX: three sheets"
zhibu report yearbook --year 2026 --as-of 2026-12-31 --format xlsx -o yb.xlsx; echo "exit $?"
xlsx-cells yb.xlsx 1 | head -8
xlsx-cells yb.xlsx 2 | head -4
xlsx-cells yb.xlsx 3 | head -4
echo "--- the fingerprint shows whether the records changed"
zhibu report yearbook --year 2026 --as-of 2026-12-31 | grep -o '数据指纹 [0-9a-f]*' | sort -u > fp1
zhibu report yearbook --year 2026 --as-of 2026-12-31 | grep -o '数据指纹 [0-9a-f]*' | sort -u > fp2
cmp -s fp1 fp2 && echo "same data, same fingerprint"
zhibu rectify progress 3 --date 2026-12-01 --text 已督促 >/dev/null
zhibu report yearbook --year 2026 --as-of 2026-12-31 | grep -o '数据指纹 [0-9a-f]*' | sort -u > fp3
cmp -s fp1 fp3 || echo "a record changed: a new fingerprint"
echo "--- the 问题清单 becomes a 整改 batch (source 述职评议)"
zhibu report yearbook --year 2026 --as-of 2026-12-31 --to-rectify -o /dev/null; echo "exit $?"
zhibu report rectify --batch 2026年述职评议查摆问题 | head -8
zhibu report yearbook --year 2026 --as-of 2026-12-31 --to-rectify -o /dev/null; echo "exit $?"
echo "--- usage"
zhibu report yearbook; echo "exit $?"
zhibu report yearbook --half 2026H3; echo "exit $?"
