# zhibu report flows (流动党员登记表, 失联党员情况表) and the 党籍 rows of
# zhibu check, at pinned dates: away 6 months, no contact in the period
# (setting flow.contact_months), 失联 6 months, 停止党籍 2 years.
zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu import members "$DATA/flows-members.csv" >/dev/null; echo "exit $?"
zhibu member status 王芳 --to 流动 --date 2026-06-10 --reason 外出学习 --destination 上海市 --away-reason 读研 \
	--contact 13800000002 --card-no LD202600031 --host-org 上海某大学研究生党支部 >/dev/null; echo "exit $?"
zhibu member contact 王芳 --date 2026-09-01 --way 微信 --note 按时参加网上组织生活 >/dev/null; echo "exit $?"
zhibu member search 李四 --date 2026-04-02 --way 电话 --result 停机 --by 王书记 >/dev/null; echo "exit $?"
zhibu member search 李四 --date 2026-05-10 --way 走访 --result 住址已换人 --by 王书记 >/dev/null; echo "exit $?"
echo "--- on 2026-11-20"
zhibu report flows; echo "exit $?"
echo "--- check on 2026-11-20 (a contact moves the next one on: 王芳 due 2026-12-01)"
zhibu check | grep -e 党籍 -e 类别
echo "--- the contact period is a setting: 1 month"
zhibu member settings flow.contact_months 13; echo "exit $?"
zhibu member settings flow.contact_months 1; echo "exit $?"
zhibu member settings
zhibu check | grep 未联系
echo "--- as of an earlier day: who was not yet away is not listed"
zhibu report flows --as-of 2026-07-01 --format csv; echo "exit $?"
echo "--- XLSX: the two tables are two sheets"
zhibu report flows --format xlsx -o flows.xlsx; echo "exit $?"
xlsx-cells flows.xlsx 2 | head -12
