# 学时 (台账): each member's 学时 of the year, the furthest short first (those
# 流动, 失联 or 停止党籍 at the end, dim); Enter shows one member's counted
# minutes and trainings with their records; [ goes to the year before.  On
# 12-05 a 学时 to-do of 首页 opens the member's page here.  The member's page
# (党员, Enter) ends with the year: 学时, talks, pledges, service; t records a
# talk with the member there (谈话人 picked from the roster).
roster
zhibu meeting role 书记 张三 --from 2024-01-01 >/dev/null 2>&1
zhibu meeting add --kind 党课 --date 2026-03-02 --title 专题党课 --start 08:00 --end 13:00 >/dev/null 2>&1
zhibu meeting add --kind 主题党日 --date 2026-03-02 --title 主题党日 --start 14:00 --end 19:00 >/dev/null 2>&1
zhibu meeting add --kind 党小组会 --date 2026-04-10 --title 学习交流 --group 第一党小组 >/dev/null 2>&1
zhibu talk add --date 2026-03-05 --talker 张三 --with 李四 >/dev/null 2>&1
zhibu service add --date 2026-03-05 --title 学雷锋 --hours 2 --people 张三 >/dev/null 2>&1
zhibu training add --title 集中轮训 --kind 集中培训 --from 2026-06-08 --to 2026-06-10 --hours 24 --people 张三 >/dev/null 2>&1 ||
	{ echo "setting up the trainings failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
key 7
key Home j j j j Enter
dump list
key Home Enter
dump member
key Esc [
dump last_year
key 2 /
type zs
key Enter Enter End
dump member_page
key t
dump talk_form
key Enter
type ls
key Enter F2
key End
dump talk_saved
SCRIPT
check "the talk from the page: 李四 talked with 张三" sh -c \
	'sqlite3 "$ZHIBU_DB" "SELECT group_concat(m.name || p.role, \",\") FROM talk_people p JOIN members m ON m.id = p.member_id WHERE p.talk_id = 2" | grep -qx "李四谈话人,张三谈话对象\|张三谈话对象,李四谈话人"'
ZHIBU_TODAY=2026-12-05; export ZHIBU_TODAY
app <<'SCRIPT'
key End k k k k k k k k k k
dump home
key Enter
dump from_home
key Esc
dump back
SCRIPT
ZHIBU_TODAY=2026-11-20; export ZHIBU_TODAY
expect list <<'SCREEN'
 2026 年学时（差得最多的在前，[ ] 换年度）：10 人
 姓名                              身份 合计学时 应达学时   差额 集中培训（次）
 李四                              党员      8.0       32  -24.0              0
 张三                              书记     32.0       56  -24.0              1
 吴婷                              党员      8.0       32  -24.0              0
 欧阳建国                          党员      8.0       32  -24.0              0
 周杰                              党员      8.0       32  -24.0              0
 阿卜杜热合曼·买买提艾力           党员      8.0       32  -24.0              0
 曾志强                            党员      8.0       32  -24.0              0
 王芳                              党员      0.0       22  -22.0              0
 赵六                              党员      8.0       32  -24.0              0
 孙丽                              党员      8.0       32  -24.0              0










Esc返回 Enter打开 PgUp上一年 PgDn下一年 F1帮助
SCREEN
expect member <<'SCREEN'
 李四 的学时明细  2026
 2026-03-02  党课            5.0  会议#1     专题党课
 2026-03-02  主题党日        5.0  会议#2     主题党日
 2026-04-10  党小组会        0.0  会议#3     学习交流  未记起止时间
 合计                        8.0               应达 32，集中培训 0 次

 学时 = 分钟数 ÷ 60，保留一位小数，四舍五入；每天最多计 480
 分钟；支部委员会仅在标注“理论学习”时计入；多日培训平均分摊到各天。
 应达学时：党员 32 学时，书记和支委 56 学时且至少参加 1
 次集中培训；年中入党或转出的按在册月数折算，向上取整。
 超过每日上限、未计入：2.0 学时。











Esc返回 F1帮助 q退出
SCREEN
expect last_year <<'SCREEN'
 2025 年学时（差得最多的在前，[ ] 换年度）：9 人
 姓名                              身份 合计学时 应达学时   差额 集中培训（次）
 张三                              书记      0.0       56  -56.0              0
 李四                              党员      0.0       32  -32.0              0
 吴婷                              党员      0.0       32  -32.0              0
 欧阳建国                          党员      0.0       32  -32.0              0
 周杰                              党员      0.0       32  -32.0              0
 阿卜杜热合曼·买买提艾力           党员      0.0       32  -32.0              0
 曾志强                            党员      0.0       32  -32.0              0
 赵六                              党员      0.0       32  -32.0              0
 孙丽                              党员      0.0       32  -32.0              0











Esc返回 Enter打开 PgUp上一年 PgDn下一年 F1帮助
SCREEN
expect home <<'SCREEN'
 待办事项：超期 49 项，30 天内到期 26 项                                  65/75
› 2026-12-31 学时 2026     欧阳建国 学时 8.0/32                         即将到期
› 2026-12-31 学时 2026     王芳 学时 0.0/22                             即将到期
› 2026-12-31 学时 2026     阿卜杜热合曼·买买提艾力 学时 8.0/32          即将到期
› 2026-12-31 谈话 2026     吴婷 未与支委谈心谈话                        即将到期
› 2026-12-31 谈话 2026     周杰 未与支委谈心谈话                        即将到期
› 2026-12-31 谈话 2026     孙丽 未与支委谈心谈话                        即将到期
› 2026-12-31 谈话 2026     曾志强 未与支委谈心谈话                      即将到期
› 2026-12-31 谈话 2026     欧阳建国 未与支委谈心谈话                    即将到期
› 2026-12-31 谈话 2026     王芳 未与支委谈心谈话                        即将到期
› 2026-12-31 谈话 2026     赵六 未与支委谈心谈话                        即将到期

 支部概况
 党员       在册 10 人：正式 9 · 预备 1
 发展       申请人 0 · 积极分子 0 · 发展对象 0 · 预备党员 0
 党费       4季度至12月：尚无应交党费
 会议       2026年4季度  支部党员大会 ○  支部委员会 10月✗ 11月✗ 12月○
            党小组会 10月✗ 11月✗ 12月○  党课 ○  主题党日 10月✗ 11月✗ 12月○
            组织生活会 全年○  民主评议党员 全年○  谈心谈话 全年○
 入党纪念日 12月共 2 人： 赵六 12-01（31周年）  孙丽 12-12（14周年）


F1帮助 Enter打开 s党员统计 Tab切换界面 q退出
SCREEN
expect from_home <<'SCREEN'
 欧阳建国 的学时明细  2026
 2026-03-02  党课            5.0  会议#1     专题党课
 2026-03-02  主题党日        5.0  会议#2     主题党日
 合计                        8.0               应达 32，集中培训 0 次

 学时 = 分钟数 ÷ 60，保留一位小数，四舍五入；每天最多计 480
 分钟；支部委员会仅在标注“理论学习”时计入；多日培训平均分摊到各天。
 应达学时：党员 32 学时，书记和支委 56 学时且至少参加 1
 次集中培训；年中入党或转出的按在册月数折算，向上取整。
 超过每日上限、未计入：2.0 学时。












Esc返回 F1帮助 q退出
SCREEN
expect back <<'SCREEN'
 待办事项：超期 49 项，30 天内到期 26 项                                  65/75
› 2026-12-31 学时 2026     欧阳建国 学时 8.0/32                         即将到期
› 2026-12-31 学时 2026     王芳 学时 0.0/22                             即将到期
› 2026-12-31 学时 2026     阿卜杜热合曼·买买提艾力 学时 8.0/32          即将到期
› 2026-12-31 谈话 2026     吴婷 未与支委谈心谈话                        即将到期
› 2026-12-31 谈话 2026     周杰 未与支委谈心谈话                        即将到期
› 2026-12-31 谈话 2026     孙丽 未与支委谈心谈话                        即将到期
› 2026-12-31 谈话 2026     曾志强 未与支委谈心谈话                      即将到期
› 2026-12-31 谈话 2026     欧阳建国 未与支委谈心谈话                    即将到期
› 2026-12-31 谈话 2026     王芳 未与支委谈心谈话                        即将到期
› 2026-12-31 谈话 2026     赵六 未与支委谈心谈话                        即将到期

 支部概况
 党员       在册 10 人：正式 9 · 预备 1
 发展       申请人 0 · 积极分子 0 · 发展对象 0 · 预备党员 0
 党费       4季度至12月：尚无应交党费
 会议       2026年4季度  支部党员大会 ○  支部委员会 10月✗ 11月✗ 12月○
            党小组会 10月✗ 11月✗ 12月○  党课 ○  主题党日 10月✗ 11月✗ 12月○
            组织生活会 全年○  民主评议党员 全年○  谈心谈话 全年○
 入党纪念日 12月共 2 人： 赵六 12-01（31周年）  孙丽 12-12（14周年）


F1帮助 Enter打开 s党员统计 Tab切换界面 q退出
SCREEN
expect member_page <<'SCREEN'
 张三：正式党员，正常
 公民身份号码    1101**********0239
 学历            大学本科
 人员类别        在职
 工作单位及职务  计算机学院 教师
 党员类别        正式
 入党日期        2005-06-30
 转正日期        2006-06-30
 党小组          第一党小组
 联系电话        138****8000
 党籍状态        正常
 备注

 变更记录
 2026-11-20 00:00:00  建立记录：张三

 本年度（2026）
 学时            32.0 / 应达 56，集中培训 1 次
 谈心谈话        1 次
 承诺践诺        0 项，已践诺 0 项
 志愿服务        1 次，2.0 小时

Esc返回 e修改 c状态 t谈话 i显示号码 F1帮助 q退出
SCREEN
expect talk_form <<'SCREEN'
 与 张三 谈心谈话

 谈话人 *  （无）
 日期 *    2026-11-20
 类型 *    谈心谈话
 内容摘要

           [ 保存 F2 ]  [ 取消 Esc ]













F3 或回车键选择党员；Delete 键清空
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect talk_saved <<'SCREEN'
 张三：正式党员，正常
 公民身份号码    1101**********0239
 学历            大学本科
 人员类别        在职
 工作单位及职务  计算机学院 教师
 党员类别        正式
 入党日期        2005-06-30
 转正日期        2006-06-30
 党小组          第一党小组
 联系电话        138****8000
 党籍状态        正常
 备注

 变更记录
 2026-11-20 00:00:00  建立记录：张三

 本年度（2026）
 学时            32.0 / 应达 56，集中培训 1 次
 谈心谈话        2 次
 承诺践诺        0 项，已践诺 0 项
 志愿服务        1 次，2.0 小时

Esc返回 e修改 c状态 t谈话 i显示号码 F1帮助 q退出
SCREEN
