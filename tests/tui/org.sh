# 组织 (台账): the committee's current term (elected, end, request and
# approval, extension), the archive index of a year with its 件号 ([ goes
# to the year before; those not archived show —) and the submissions not
# yet sent with the yearly ones; a records a document (the form's title
# field, saved: it joins the index, not yet numbered), s marks 报送#1 sent; a 档案 to-do of 首页 opens the year's index.
roster
zhibu term add --elected 2023-12-31 >/dev/null 2>&1
zhibu term request --date 2026-11-18 >/dev/null 2>&1
zhibu document add --year 2025 --kind 收文 --category 上级文件 --no "某党委〔2025〕1号" --title "2025年党建工作要点" --date 2025-02-10 >/dev/null 2>&1
zhibu document add --year 2025 --kind 本级材料 --category 计划总结 --title "2025年党建工作计划" --date 2025-01-20 >/dev/null 2>&1
zhibu document archive --year 2025 >/dev/null 2>&1
zhibu document add --year 2026 --kind 发文 --category 三会一课 --title "党课安排" --date 2026-03-05 >/dev/null 2>&1
zhibu submission add --item "主题党日活动总结" --to 上级党委 --due 2026-11-10 >/dev/null 2>&1 ||
	{ echo "setting up failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
key 7 End Up Up Up Enter
dump-title org
key [
dump last_year
key ]
key a
key Tab Tab Tab
dump document_form
type 2026年支部工作手册
key F2
dump document_added
key s
dump sent_form
key F2
dump sent
SCRIPT
check "the document recorded from the form" sh -c \
	'sqlite3 "$ZHIBU_DB" "SELECT year, direction, category, title, retention FROM documents WHERE id = 4" | grep -qx "2026|收文|上级文件|2026年支部工作手册|永久"'
check "报送#1 sent from the form" sh -c \
	'sqlite3 "$ZHIBU_DB" "SELECT sent_on, way FROM submissions WHERE id = 1" | grep -qx "2026-11-20|纸质"'
ZHIBU_TODAY=2027-06-10; export ZHIBU_TODAY
app <<'SCRIPT'
dump home
key End
dump found
key Enter
dump from_home
SCRIPT
ZHIBU_TODAY=2026-11-20; export ZHIBU_TODAY
expect org <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 支部委员会届次（换届）
 届次      第1届
 选举日期  2023-12-31，任期3年
 届满日期  2026-12-31
 请示      期限 2026-11-30，报送 2026-11-18
 批复      —

 待办的转接（转出待回执，转入待报到、待寄回执）
 没有待办的转接。

 流动、失联和停止党籍的党员
 流动      赵六  未填状态日期
 失联      孙丽  未填状态日期

 2026年文件材料目录，按件号（[ ] 换年度）
 —         三会一课    2026-03-05  党课安排

 尚未报送的事项（报送）
 报送#1    2026-11-10  主题党日活动总结  → 上级党委



Esc返回 Enter打开 v回执 a登记文件 s已报送 PgUp上一年 PgDn下一年 F1帮助
SCREEN
expect last_year <<'SCREEN'
 支部委员会届次（换届）
 届次      第1届
 选举日期  2023-12-31，任期3年
 届满日期  2026-12-31
 请示      期限 2026-11-30，报送 2026-11-18
 批复      —

 待办的转接（转出待回执，转入待报到、待寄回执）
 没有待办的转接。

 流动、失联和停止党籍的党员
 流动      赵六  未填状态日期
 失联      孙丽  未填状态日期

 2025年文件材料目录，按件号（[ ] 换年度）
 1         上级文件    2025-02-10  2025年党建工作要点  某党委〔2025〕1号
 1         计划总结    2025-01-20  2025年党建工作计划

 尚未报送的事项（报送）
 报送#1    2026-11-10  主题党日活动总结  → 上级党委


Esc返回 Enter打开 v回执 a登记文件 s已报送 PgUp上一年 PgDn下一年 F1帮助
SCREEN
expect document_form <<'SCREEN'
 登记文件材料（仅限非密）

 年度 *      2026
 类型 *      收文
 类别 *      上级文件
 题名 *
 日期 *      2026-11-20
 文号
 责任者
 页数
 保管期限 *  永久
 盒号

             [ 保存 F2 ]  [ 取消 Esc ]








F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect document_added <<'SCREEN'
 支部委员会届次（换届）
 届次      第1届
 选举日期  2023-12-31，任期3年
 届满日期  2026-12-31
 请示      期限 2026-11-30，报送 2026-11-18
 批复      —

 待办的转接（转出待回执，转入待报到、待寄回执）
 没有待办的转接。

 流动、失联和停止党籍的党员
 流动      赵六  未填状态日期
 失联      孙丽  未填状态日期

 2026年文件材料目录，按件号（[ ] 换年度）
 —         三会一课    2026-03-05  党课安排
 —         上级文件    2026-11-20  2026年支部工作手册

 尚未报送的事项（报送）
 报送#1    2026-11-10  主题党日活动总结  → 上级党委

已登记 文件#4。
Esc返回 Enter打开 v回执 a登记文件 s已报送 PgUp上一年 PgDn下一年 F1帮助
SCREEN
expect sent_form <<'SCREEN'
 记录报送

 报送事项 *  报送#1 主题党日活动总结
 报送日期 *  2026-11-20
 方式 *      纸质

             [ 保存 F2 ]  [ 取消 Esc ]














左右方向键切换选项；F3 或回车键显示列表
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect sent <<'SCREEN'
 支部委员会届次（换届）
 届次      第1届
 选举日期  2023-12-31，任期3年
 届满日期  2026-12-31
 请示      期限 2026-11-30，报送 2026-11-18
 批复      —

 待办的转接（转出待回执，转入待报到、待寄回执）
 没有待办的转接。

 流动、失联和停止党籍的党员
 流动      赵六  未填状态日期
 失联      孙丽  未填状态日期

 2026年文件材料目录，按件号（[ ] 换年度）
 —         三会一课    2026-03-05  党课安排
 —         上级文件    2026-11-20  2026年支部工作手册

 尚未报送的事项（报送）
 没有待报送的事项。

报送#1 已记为已报送。
Esc返回 Enter打开 v回执 a登记文件 s已报送 PgUp上一年 PgDn下一年 F1帮助
SCREEN
expect home <<'SCREEN'
 待办事项：超期 4 项，30 天内到期 8 项                                     1/12
! 2026-12-31 换届 第1届    支部委员会任期届满                               超期
! 2027-01-15 报送 2027     党内统计年报                                     超期
! 2027-01-31 党费 2027     为 10 名党员核定 2027 年度月交党费（zhibu…       超期
! 2027-01-31 报送 2027     年度工作总结和书记述职                           超期
› 2027-06-30 会议 2027-06  主题党日 (0/1)                               即将到期
› 2027-06-30 会议 2027Q2   党课 (0/1)                                   即将到期
› 2027-06-30 会议 2027Q2   支部党员大会 (0/1)                           即将到期
› 2027-06-30 会议 2027-06  支部委员会 (0/1)                             即将到期
› 2027-06-30 会议 2027-06  第一党小组 党小组会 (0/1)                    即将到期
› 2027-06-30 会议 2027-06  第三党小组 党小组会 (0/1)                    即将到期

 支部概况
 党员       在册 10 人：正式 9 · 预备 1
 发展       申请人 0 · 积极分子 0 · 发展对象 0 · 预备党员 0
 党费       2季度至6月：尚无应交党费
 会议       2027年2季度  支部党员大会 ○  支部委员会 4月— 5月— 6月○
            党小组会 4月— 5月— 6月○  党课 ○  主题党日 4月— 5月— 6月○
            组织生活会 全年○  民主评议党员 全年○  谈心谈话 全年○
 入党纪念日 6月共 2 人： 曾志强 06-01（12周年）  张三 06-30（22周年）


F1帮助 Enter打开 s党员统计 Tab切换界面 q退出
SCREEN
expect found <<'SCREEN'
 待办事项：超期 4 项，30 天内到期 8 项                                    12/12
! 2027-01-31 党费 2027     为 10 名党员核定 2027 年度月交党费（zhibu…       超期
! 2027-01-31 报送 2027     年度工作总结和书记述职                           超期
› 2027-06-30 会议 2027-06  主题党日 (0/1)                               即将到期
› 2027-06-30 会议 2027Q2   党课 (0/1)                                   即将到期
› 2027-06-30 会议 2027Q2   支部党员大会 (0/1)                           即将到期
› 2027-06-30 会议 2027-06  支部委员会 (0/1)                             即将到期
› 2027-06-30 会议 2027-06  第一党小组 党小组会 (0/1)                    即将到期
› 2027-06-30 会议 2027-06  第三党小组 党小组会 (0/1)                    即将到期
› 2027-06-30 会议 2027-06  第二党小组 党小组会 (0/1)                    即将到期
› 2027-06-30 档案 2026     2026年文件材料 2 件未归档                    即将到期

 支部概况
 党员       在册 10 人：正式 9 · 预备 1
 发展       申请人 0 · 积极分子 0 · 发展对象 0 · 预备党员 0
 党费       2季度至6月：尚无应交党费
 会议       2027年2季度  支部党员大会 ○  支部委员会 4月— 5月— 6月○
            党小组会 4月— 5月— 6月○  党课 ○  主题党日 4月— 5月— 6月○
            组织生活会 全年○  民主评议党员 全年○  谈心谈话 全年○
 入党纪念日 6月共 2 人： 曾志强 06-01（12周年）  张三 06-30（22周年）


F1帮助 Enter打开 s党员统计 Tab切换界面 q退出
SCREEN
expect from_home <<'SCREEN'
 支部委员会届次（换届）
 届次      第1届
 选举日期  2023-12-31，任期3年
 届满日期  2026-12-31
 请示      期限 2026-11-30，报送 2026-11-18
 批复      —

 待办的转接（转出待回执，转入待报到、待寄回执）
 没有待办的转接。

 流动、失联和停止党籍的党员
 流动      赵六  未填状态日期
 失联      孙丽  未填状态日期

 2026年文件材料目录，按件号（[ ] 换年度）
 —         三会一课    2026-03-05  党课安排
 —         上级文件    2026-11-20  2026年支部工作手册

 尚未报送的事项（报送）
 每年      2027-01-15  党内统计年报  → 上级党委组织部
 每年      2027-01-31  年度工作总结和书记述职  → 上级党委

Esc返回 Enter打开 v回执 a登记文件 s已报送 PgUp上一年 PgDn下一年 F1帮助
SCREEN
