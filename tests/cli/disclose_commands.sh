# The everyday writes of 公开 and 意见: the catalogue edited, one disclosure
# taken step by step (publishing before 审核 and 审批 is refused with
# 第十五条, no override), 党外 before 党内 refused, a re-publication, a void;
# opinions added (anonymous, a member, a named person), replied (a reply
# without a result is refused), a request extended once, a box opened.
zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu import members "$DATA/meetings-roster.csv" 2>/dev/null
echo "--- the catalogue"
zhibu disclose catalog; echo "exit $?"
zhibu disclose catalog add --category 其他 --title 支部主题党日活动安排 --scope 党内 --timing 定期 --period 月 \
	--forms "党员大会，微信群" --owner 孙七 --grace 10; echo "exit $?"
zhibu disclose catalog edit 12 --days 3 --unit 自然日; echo "exit $?"
zhibu disclose catalog off 13; echo "exit $?"
zhibu disclose catalog add --category 其他 --title 无期间 --scope 党内 --timing 定期 --forms 公开栏; echo "exit $?"
zhibu disclose catalog add --category 其他 --title 新 --scope 全体 --timing 及时 --forms 公开栏; echo "exit $?"
zhibu disclose catalog add --category 其他 --title 新 --scope 党内 --timing 及时 --forms 黑板报; echo "exit $?"
zhibu disclose catalog | tail -3
echo "--- a 先党内后党外 disclosure step by step"
zhibu disclose add --catalog 3 --summary "支委分工调整：孙七任宣传委员" --proposed 2026-11-02 --by 张三; echo "exit $?"
zhibu disclose publish 1 --date 2026-11-05; echo "exit $?"
zhibu disclose review 1 --date 2026-11-03 --by 李四; echo "exit $?"
zhibu disclose review 1 --date 2026-11-01 --by 李四 --secrecy ok; echo "exit $?"
zhibu disclose review 1 --date 2026-11-03 --by 李四 --secrecy ok; echo "exit $?"
zhibu disclose publish 1 --date 2026-11-05; echo "exit $?"
zhibu disclose approve 1 --date 2026-11-04 --by 张三 --ref 会议#12; echo "exit $?"
zhibu disclose publish 1 --date 2026-11-05 --outside 2026-11-04; echo "exit $?"
zhibu disclose publish 1 --date 2026-11-05 --days 5; echo "exit $?"
zhibu disclose show 公开#1; echo "exit $?"
zhibu disclose publish 1 --outside 2026-11-09; echo "exit $?"
zhibu disclose publish 1 --date 2026-11-06; echo "exit $?"
zhibu disclose takedown 1 --date 2026-11-12; echo "exit $?"
zhibu disclose archive 1 --date 2026-11-13 --ref 2026-党务-01; echo "exit $?"
zhibu disclose show 1 | tail -4
echo "--- a routine item needs its period; 目录外 needs scope and forms"
zhibu disclose add --catalog 8 --summary 党费 --proposed 2026-10-20 --by 李四; echo "exit $?"
zhibu disclose add --catalog 8 --period 2026-10 --summary 党费 --proposed 2026-10-20 --by 李四; echo "exit $?"
zhibu disclose add --catalog 8 --period 2026Q3 --summary 三季度党费 --proposed 2026-10-20 --by 李四; echo "exit $?"
echo "--- a 党费 disclosure without --summary gets the quarter's dues figures"
zhibu dues pay --member 张三 --month 2026-08 --amount 25.50 --date 2026-08-05 2>/dev/null
zhibu disclose add --catalog 8 --period 2026Q3 --proposed 2026-10-20 --by 李四 >/dev/null; echo "exit $?"
zhibu disclose show 3 | grep -e 2026Q3 -e 收缴
zhibu disclose void 3 --reason "演示" >/dev/null
zhibu disclose add --title 支部活动经费 --summary 经费 --proposed 2026-10-20 --by 李四; echo "exit $?"
zhibu disclose add --title 支部活动经费 --summary 经费 --scope 党内 --forms 公开栏 --proposed 2026-10-20 --by 李四 \
	--republish-of 1; echo "exit $?"
echo "--- void"
zhibu disclose void 4; echo "exit $?"
zhibu disclose void 4 --reason "重复录入"; echo "exit $?"
zhibu disclose review 4 --date 2026-10-21 --by 李四 --secrecy ok; echo "exit $?"
sqlite3 zhibu.db "DELETE FROM disclosures WHERE id = 4" 2>&1; echo "exit $?"
echo "--- opinions"
zhibu feedback add --date 2026-11-02 --channel 意见箱 --content "希望公开栏按时更新" --handler 李四; echo "exit $?"
zhibu feedback add --date 2026-11-03 --channel 当面 --from 张三 --content "建议公开党费使用明细" --handler 李四 --about 公开#2; echo "exit $?"
zhibu feedback add --date 2026-11-05 --channel 依申请公开 --from 钱某 --contact 13800000000 --content "申请公开支委分工" \
	--handler 张三; echo "exit $?"
zhibu feedback add --date 2026-11-05 --channel 当面 --from 王芳 --content 建议 --handler 张三; echo "exit $?"
zhibu feedback add --date 2026-11-05 --channel 微博 --content 建议 --handler 张三; echo "exit $?"
zhibu feedback add --date 2026-11-05 --channel 当面 --content 建议; echo "exit $?"
zhibu feedback reply 1 --date 2026-11-10 --text "已安排每月更新"; echo "exit $?"
zhibu feedback reply 1 --date 2026-11-10 --result 同意 --text "已安排每月更新"; echo "exit $?"
zhibu feedback reply 1 --date 2026-11-01 --result 采纳 --text "已安排每月更新"; echo "exit $?"
zhibu feedback reply 1 --date 2026-11-10 --result 采纳 --text "已安排每月更新"; echo "exit $?"
zhibu feedback publish 1 --date 2026-11-12 --disclosure 公开#1; echo "exit $?"
zhibu feedback extend 1 --reason 需要时间; echo "exit $?"
zhibu feedback extend 3 --reason "需调取档案"; echo "exit $?"
zhibu feedback extend 3 --reason "再次延期"; echo "exit $?"
zhibu feedback void 2 --reason "重复登记"; echo "exit $?"
zhibu feedback reply 2 --date 2026-11-10 --result 采纳 --text 好; echo "exit $?"
echo "--- the sender is personal data: its changes are logged"
sqlite3 zhibu.db "SELECT tbl, row_id, field, new_value FROM change_log WHERE tbl LIKE 'feedback%' ORDER BY id"
echo "--- boxes"
zhibu feedback box add 一楼意见箱 --since 2026-10-01 --place 一楼大厅; echo "exit $?"
zhibu feedback box add 一楼意见箱 --since 2026-10-01; echo "exit $?"
zhibu feedback box open 二楼意见箱 --date 2026-11-02 --by 李四; echo "exit $?"
zhibu feedback box open 一楼意见箱 --date 2026-11-02 --by 李四、孙七 --found 1 --note 收到1件; echo "exit $?"
zhibu feedback box list; echo "exit $?"
zhibu check --within 15 | grep -E '意见|公开'
zhibu feedback box off 一楼意见箱; echo "exit $?"
zhibu check --within 15 | grep -c 未开箱
echo "--- settings: 校务公开 on, a grace of 10 days"
zhibu disclose settings disclosure.school 1 disclosure.routine_grace_days 10; echo "exit $?"
zhibu disclose catalog | tail -3
zhibu check --within 0 | grep 2026Q3
zhibu disclose settings disclosure.school 2; echo "exit $?"
zhibu disclose settings feedback.box_period 周; echo "exit $?"
zhibu disclose settings nosuch 1; echo "exit $?"
echo "--- usage"
zhibu disclose; echo "exit $?"
zhibu disclose show; echo "exit $?"
zhibu disclose show abc; echo "exit $?"
zhibu disclose show 99; echo "exit $?"
zhibu feedback add --date 2026-13-01 --channel 意见箱 --content x --handler y; echo "exit $?"
