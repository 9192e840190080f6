# 整改台账: batches, items, progress, 销号 with evidence, 作废, the report
# sent, the ledger and the summary (15 of 18 closed: 83.3%), and the
# to-dos at pinned dates.
zhibu init --branch "测试党支部" >/dev/null 2>&1
echo "--- a 巡察 batch: the report is due 2 months after the feedback"
zhibu rectify batch --title "2026年校党委巡察反馈问题整改" --source 巡察 --feedback 2026-03-10; echo "exit $?"
zhibu rectify batch --title "2026年校党委巡察反馈问题整改" --source 巡察 --feedback 2026-03-10; echo "exit $?"
zhibu rectify batch --title "自查" --source 巡查 --feedback 2026-03-10; echo "exit $?"
zhibu rectify batch --title "2026年组织生活会查摆问题" --source 组织生活会 --feedback 2026-02-01; echo "exit $?"
zhibu rectify add --batch "2026年校党委巡察反馈问题整改" --problem "三会一课落实不到位" --measures "建立会议台账" \
	--leader 张三 --unit 党支部 --person 李四 --deadline 2026-06-30; echo "exit $?"
zhibu rectify add --batch "2026年校党委巡察反馈问题整改" --problem "理论学习不够深入" --measures "每月集中学习" \
	--person 王五 --long-term; echo "exit $?"
zhibu rectify add --batch "2026年校党委巡察反馈问题整改" --problem "党费收缴不及时" --person 李四 --deadline 2026-12-31; echo "exit $?"
zhibu rectify add --batch "不存在" --problem "x" --deadline 2026-12-31; echo "exit $?"
zhibu rectify add --batch "2026年组织生活会查摆问题" --problem "x"; echo "exit $?"
zhibu rectify add --batch "2026年组织生活会查摆问题" --problem "x" --deadline 2026-12-31 --long-term; echo "exit $?"
echo "--- progress is appended; 销号 needs date, verifier and evidence"
zhibu rectify progress 整改#1 --date 2026-04-10 --text "已建立台账"; echo "exit $?"
zhibu rectify progress 2 --date 2026-05-15 --text "5月集中学习" --status 整改中; echo "exit $?"
zhibu rectify progress 1 --date 2026-04-11 --text "x" --status 已销号; echo "exit $?"
zhibu rectify close 1 --date 2026-06-20 --verifier 张三; echo "exit $?"
zhibu rectify close 1 --date 2026-06-20 --evidence 会议#12; echo "exit $?"
zhibu rectify close 1 --date 2026-06-20 --verifier 张三 --evidence "会议#12"; echo "exit $?"
zhibu rectify close 1 --date 2026-06-21 --verifier 张三 --evidence "会议#12"; echo "exit $?"
zhibu rectify progress 1 --date 2026-07-01 --text "x"; echo "exit $?"
echo "--- the verifier may be the person responsible: printed as such"
zhibu rectify add --batch "2026年组织生活会查摆问题" --problem "谈心谈话不经常" --person 赵六 --deadline 2026-05-31 >/dev/null
zhibu rectify close 4 --date 2026-05-30 --verifier 赵六 --evidence "谈心谈话记录"; echo "exit $?"
zhibu rectify void 3; echo "exit $?"
zhibu rectify add --batch "2026年组织生活会查摆问题" --problem "重复录入" --deadline 2026-05-31 >/dev/null
zhibu rectify void 5 --reason "与整改#3重复录入"; echo "exit $?"
zhibu rectify show 1; echo "exit $?"
zhibu rectify show 99; echo "exit $?"
echo "--- ledger and summary today (2026-11-20) and as of 2026-06-01"
zhibu report rectify; echo "exit $?"
zhibu report rectify --batch "2026年校党委巡察反馈问题整改" --as-of 2026-06-01; echo "exit $?"
zhibu report rectify-summary; echo "exit $?"
echo "--- to-dos: the report before it is sent, overdue items, 长期坚持 quarters without progress"
zhibu check --as-of 2026-05-01; echo "exit $?"
zhibu check; echo "exit $?"
zhibu rectify report-sent "2026年校党委巡察反馈问题整改" --date 2026-05-08; echo "exit $?"
zhibu check | grep -c 报告报送
zhibu check --as-of 2026-04-20 --within 30 | grep 整改情况报告
echo "--- import: a batch of 18, 15 closed: 完成率 83.3%; a problem of an earlier year is 重复问题"
{
	echo "批次,来源,反馈日期,序号,存在问题,整改措施,责任领导,责任单位,责任人,整改时限,状态,销号日期,验收人,佐证材料"
	echo "2025年巡视整改,巡视,2025-04-01,1,理论学习不够深入,集中学习,张三,党支部,王五,2025-09-30,已销号,2025-09-01,张三,会议#3"
	i=1
	while [ $i -le 18 ]; do
		if [ $i -le 15 ]; then st=已销号; on=2026-10-0$((i % 9 + 1)); who=张三; ev="会议#$i"; else st=整改中; on=; who=; ev=; fi
		echo "2026年述职评议整改,述职评议,2026-01-15,$i,问题$i,措施$i,张三,党支部,李四,2026-10-31,$st,$on,$who,$ev"
		i=$((i + 1))
	done
	echo "2026年专项自查,自查,2026-06-01,1,理论学习不够深入,再学习,张三,党支部,王五,长期,整改中,,,"
} > ledger.csv
zhibu import rectify ledger.csv; echo "exit $?"
zhibu report rectify-summary --format csv; echo "exit $?"
zhibu report rectify --batch 2026年专项自查 | grep 重复
echo "--- a bad file changes nothing"
cat > bad.csv <<'CSV'
批次,来源,反馈日期,序号,存在问题,整改措施,责任领导,责任单位,责任人,整改时限,状态,销号日期,验收人,佐证材料
新批次,巡查,2026-01-01,1,问题,措施,,,,2026-12-31,,,,
新批次2,自查,,1,问题,措施,,,,2026-12-31,,,,
2026年述职评议整改,巡视,,1,问题,措施,,,,2026-12-31,,,,
2026年述职评议整改,,,20,,措施,,,,2026-13-01,已销号,2026-10-01,张三,
2026年述职评议整改,,,21,问题,措施,,,,长期,作废,,,
2026年述职评议整改,,,22,问题,措施,,,,2026-12-31,整改中,2026-10-01,,
CSV
zhibu import rectify bad.csv; echo "exit $?"
zhibu report rectify-summary | grep -c 新批次
