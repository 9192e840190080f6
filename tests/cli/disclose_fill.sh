# What zhibu fills and prints for 公开: a 党费 disclosure's summary from the
# quarter's 应交/实交/收缴率; a 发展党员 one from the pipeline (names of the
# 发展对象 and 预备党员); the notice of a disclosure and the 意见建议办理情况公示
# as PDF (title, text, the branch and 2026年11月20日 at the bottom right); an
# opinion turned into a 整改 item (once; the batch must exist); `zhibu check`
# asks for a disclosure after a 整改 batch closed and a 测评's result reported.
zhibu init --branch 示范学院计算机学院教工第一党支部 2>/dev/null
zhibu import members "$DATA/dues-members.csv" 2>/dev/null
zhibu import dues "$DATA/dues-fixings.csv" 2>/dev/null
zhibu import payments "$DATA/dues-payments.csv" 2>/dev/null
zhibu import members "$DATA/pipeline-members.csv" 2>/dev/null
zhibu import candidates "$DATA/pipeline-candidates.csv" 2>/dev/null
echo "--- a 党费 disclosure of 2026Q3 without --summary"
zhibu disclose add --catalog 8 --period 2026Q3 --proposed 2026-10-20 --by 李四; echo "exit $?"
zhibu disclose show 1 | grep 2026Q3
echo "--- a 发展党员 disclosure without --summary"
zhibu disclose add --catalog 6 --proposed 2026-11-02 --by 李四; echo "exit $?"
zhibu disclose show 2 | grep 截至
echo "--- the notice as PDF"
zhibu disclose review 1 --date 2026-10-21 --by 王芳 --secrecy ok >/dev/null
zhibu disclose approve 1 --date 2026-10-22 --by 张三 >/dev/null
zhibu disclose publish 1 --date 2026-10-26 --days 5 --unit 工作日 >/dev/null
zhibu report disclosure-notice 公开#1 -o notice.pdf; echo "exit $?"
pdfinfo notice.pdf | grep -E '^(Title|Pages|Page size)'
pdftotext -layout notice.pdf - | grep -v '^ *$' | sed 's/  */ /g'
zhibu report disclosure-notice 公开#2 -o draft.pdf; echo "exit $?"
echo "--- the 意见建议办理情况公示 as PDF"
zhibu feedback add --date 2026-10-09 --channel 意见箱 --content 希望公开栏按时更新 --handler 李四 >/dev/null
zhibu feedback reply 1 --date 2026-10-15 --result 采纳 --text 已安排每月更新 >/dev/null
zhibu report feedback-notice -o feedback.pdf; echo "exit $?"
pdftotext -layout feedback.pdf - | grep -v '^ *$' | sed 's/  */ /g'
echo "--- an opinion as a 整改 item"
zhibu rectify batch --title 2026年意见建议整改 --source 意见建议 --feedback 2026-11-01 >/dev/null
zhibu feedback rectify 1 --batch 没有的批次; echo "exit $?"
zhibu feedback rectify 1; echo "exit $?"
zhibu feedback rectify 1 --batch 2026年意见建议整改 --deadline 2026-11-10 --person 李四; echo "exit $?"
zhibu feedback rectify 1 --batch 整改批#1; echo "exit $?"
sqlite3 zhibu.db "SELECT id, batch_id, problem, person, deadline, feedback_id FROM rectify_items"
echo "--- the batch closed and a 测评 reported: 应公开 in 15 days"
zhibu rectify close 1 --date 2026-11-12 --verifier 张三 --evidence 会议记录 >/dev/null; echo "exit $?"
zhibu review add --year 2026 --held 2026-11-05 --expected 10 --returned 9 >/dev/null; echo "exit $?"
zhibu review reported 测评#1 --date 2026-11-10 >/dev/null; echo "exit $?"
LANGUAGE=en zhibu check --format csv | grep "to be disclosed ("
echo "--- a new committee elected (换届): 应公开 in 15 days; an old term raises none; none once disclosed"
zhibu term add --elected 2022-05-10 >/dev/null; echo "exit $?"
zhibu term add --elected 2026-11-08 >/dev/null; echo "exit $?"
LANGUAGE=en zhibu check --format csv | grep "new committee"
zhibu disclose add --catalog 5 --summary 第2届支部委员会选举结果 --proposed 2026-11-09 --by 张三 >/dev/null; echo "exit $?"
zhibu disclose review 3 --date 2026-11-10 --by 王芳 --secrecy ok >/dev/null
zhibu disclose approve 3 --date 2026-11-11 --by 张三 >/dev/null
zhibu disclose publish 3 --date 2026-11-12 >/dev/null; echo "exit $?"
LANGUAGE=en zhibu check --format csv | grep -c "new committee"
