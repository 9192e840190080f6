# zhibu candidate: a person from the application to 转正, one step at a
# time; out of order, too early, too young or wrong people are refused with
# the reason; an override records the reason; the roster follows.
zhibu init --branch 测试支部 2>/dev/null
zhibu import members "$DATA/pipeline-members.csv" 2>/dev/null
echo "--- add: under 18 on the day of the application"
zhibu candidate add 马超 --id-number 110105199601010196 --applied 2013-12-01; echo "exit $?"
zhibu candidate add 马超 --id-number 110105199601010196 --sex 女; echo "exit $?"
zhibu candidate add 马超 --id-number 110105199601010196 --applied 2024-03-01 --unit "示范学院数学学院 教师"; echo "exit $?"
zhibu candidate add 马超 --id-number 110105199601010196 --applied 2024-03-01; echo "exit $?"
echo "--- the personal record is corrected until admission"
zhibu candidate edit 马超 --phone 138-00x; echo "exit $?"
zhibu candidate edit 马超 --phone 13800138001 --education 硕士 --ethnicity 回族; echo "exit $?"
zhibu candidate edit 马超 --id-number 110105199803120115; echo "exit $?"
sqlite3 "$ZHIBU_DB" "SELECT name, phone, education, ethnicity FROM candidates"
echo "--- the talk: who held it"
zhibu candidate step 马超 2 --date 2024-02-20 --who 张三; echo "exit $?"
zhibu candidate step 马超 2 --date 2024-03-20 --who 张三 --result 合格; echo "exit $?"
zhibu candidate step 马超 2 --date 2024-03-20 --who 张三; echo "exit $?"
echo "--- 积极分子, 培养联系人 from the full members"
zhibu candidate step 马超 3 --date 2024-09-01; echo "exit $?"
zhibu candidate step 马超 5 --date 2024-09-05; echo "exit $?"
zhibu candidate step 马超 5 --date 2024-09-05 --people "王芳、赵六、钱七"; echo "exit $?"
zhibu candidate step 马超 5 --date 2024-09-05 --people "王芳、赵六"; echo "exit $?"
zhibu candidate step 马超 5 --date 2024-09-05 --people "张三、李四"; echo "exit $?"
zhibu candidate step 马超 4 --date 2024-09-10 --number 组备〔2024〕9号; echo "exit $?"
echo "--- 发展对象: not before a year as 积极分子"
zhibu candidate step 马超 7 --date 2025-08-01; echo "exit $?"
zhibu candidate step 马超 7 --date 2025-09-01; echo "exit $?"
zhibu candidate step 马超 8 --date 2025-09-10; echo "exit $?"
zhibu candidate step 马超 9 --date 2025-09-10 --people 李四; echo "exit $?"
zhibu candidate step 马超 9 --date 2025-09-10 --people 李四、欧阳建国; echo "exit $?"
zhibu candidate step 马超 10 --date 2025-10-10 --result 合格; echo "exit $?"
zhibu candidate step 马超 11 --date 2025-10-20 --to 2025-10-21 --hours 16; echo "exit $?"
zhibu candidate step 马超 11 --date 2025-10-20 --to 2025-10-22 --hours 24; echo "exit $?"
echo "--- 公示 of the 发展对象: 5 working days; the review waits for its end"
zhibu candidate notice 马超 --kind 发展对象 --from 2025-10-27; echo "exit $?"
zhibu candidate step 马超 12 --date 2025-10-30; echo "exit $?"
zhibu candidate step 马超 12 --date 2025-11-03; echo "exit $?"
zhibu candidate step 马超 13 --date 2025-11-20; echo "exit $?"
zhibu candidate step 马超 14 --date 2025-11-25; echo "exit $?"
echo "--- the vote: quorum and majority of those with a vote"
zhibu candidate step 马超 15 --date 2025-12-01 --vote 30,15,15,0,0; echo "exit $?"
echo "--- linked to the minute of that day's 党员大会"
zhibu meeting add --kind 支委会 --date 2025-12-01 --title 审查发展对象 >/dev/null 2>&1
zhibu meeting add --kind 党员大会 --date 2025-11-30 --title 接收预备党员 >/dev/null 2>&1
zhibu meeting add --kind 党员大会 --date 2025-12-01 --title 接收预备党员 >/dev/null 2>&1
sqlite3 "$ZHIBU_DB" "SELECT id, kind, date FROM meetings ORDER BY id"
zhibu candidate step 马超 15 --date 2025-12-01 --vote 30,26,24,1,1 --meeting 7; echo "exit $?"
zhibu candidate step 马超 15 --date 2025-12-01 --vote 30,26,24,1,1 --meeting 1; echo "exit $?"
zhibu candidate step 马超 15 --date 2025-12-01 --vote 30,26,24,1,1 --meeting 2; echo "exit $?"
zhibu candidate step 马超 15 --date 2025-12-01 --vote 30,26,24,1,1 --meeting 3; echo "exit $?"
zhibu candidate step 马超 16 --date 2025-12-10 --who "党委组织员 王明"; echo "exit $?"
echo "--- approval: 预备党员 in the roster, 入党日期 the day of the vote"
zhibu candidate approve 马超 --date 2026-01-20 --number 党委〔2026〕3号; echo "exit $?"
zhibu export roster --format csv | grep 马超
zhibu candidate step 马超 19 --date 2026-01-25 --group 第二党小组; echo "exit $?"
zhibu export roster --format csv | grep 马超
zhibu candidate step 马超 20 --date 2026-02-01; echo "exit $?"
zhibu candidate assess 马超 --date 2026-06-01 --result 好 --note 表现积极; echo "exit $?"
echo "--- 转正: not before the probation ends (2026-12-01); extended by 6 months"
zhibu candidate step 马超 22 --date 2026-11-10; echo "exit $?"
zhibu candidate extend 马超 --date 2026-11-15 --months 3 --reason 需继续考察; echo "exit $?"
zhibu candidate extend 马超 --date 2026-11-15 --months 6 --reason 需继续考察; echo "exit $?"
zhibu candidate extend 马超 --date 2026-11-16 --months 6 --reason 再次; echo "exit $?"
ZHIBU_TODAY=2027-06-10 zhibu candidate step 马超 23 --date 2026-12-02 --vote 30,26,24,1,1; echo "exit $?"
ZHIBU_TODAY=2027-06-10 zhibu candidate step 马超 23 --date 2027-06-02 --vote 30,26,24,1,1; echo "exit $?"
ZHIBU_TODAY=2027-06-10 zhibu candidate approve 马超 --date 2027-06-10 --number 党委〔2027〕8号; echo "exit $?"
ZHIBU_TODAY=2027-06-10 zhibu export roster --format csv | grep 马超
ZHIBU_TODAY=2027-06-10 zhibu candidate approve 马超 --date 2027-06-10; echo "exit $?"
zhibu candidate edit 马超 --phone 13800138002; echo "exit $?"
echo "--- the checklist and the history"
ZHIBU_TODAY=2027-06-10 zhibu candidate show 马超
zhibu candidate history 马超 | head -n 8
zhibu candidate history 马超 --full-id | grep 138
echo "--- end the development of an applicant: nothing more is recorded"
zhibu candidate add 许可 --id-number 110105199911110264 --applied 2024-03-01 2>/dev/null
zhibu candidate stop 许可 --date 2026-01-01 --reason 本人申请撤回; echo "exit $?"
zhibu candidate step 许可 2 --date 2026-02-01 --who 张三; echo "exit $?"
zhibu candidate cancel 许可 --date 2026-02-01 --reason x; echo "exit $?"
echo "--- cancel a probationary membership: the person leaves the roster, the record stays"
head -n 1 "$DATA/pipeline-candidates.csv" > wang.csv
grep 王芳 "$DATA/pipeline-candidates.csv" >> wang.csv
zhibu import candidates wang.csv 2>/dev/null; echo "exit $?"
zhibu candidate stop 王芳 --date 2026-11-01 --reason x; echo "exit $?"
zhibu candidate cancel 王芳 --date 2026-11-01 --reason 预备期间严重违纪; echo "exit $?"
zhibu export roster --all --format csv | grep 王芳 | cut -d, -f1,9,10,14
zhibu report pipeline | grep -c 王芳
echo "--- unknown people and verbs"
zhibu candidate show 钱七; echo "exit $?"
zhibu candidate step 马超 6 --date 2026-01-01; echo "exit $?"
zhibu candidate step 马超 26 --date 2026-01-01; echo "exit $?"
zhibu candidate fly 马超; echo "exit $?"
