# Reload by generation (issue 11, 12): a name changed on 党员 shows on 党费
# at once; a payment made by `zhibu dues pay` in another process while the
# grid is shown appears at the next key, with the cursor on the same member;
# the members' count follows when another process transfers everyone out.
roster
zhibu import dues "$TUI/data/dues.csv" >/dev/null 2>&1 ||
	{ echo "importing the dues fixture failed"; tui_failures=$((tui_failures + 1)); }
# Everyone 转出, for `zhibu import members --update` in the middle.
awk -F, 'BEGIN { OFS = "," } NR > 1 { $14 = "转出" } { print }' "$TUI/data/members.csv" > gone.csv
app <<'SCRIPT'
key 2 /
type 李四
key Enter e ^U
type 李思
key F2 3
dump renamed
key j j j j
shell zhibu dues pay --member 赵六 --month 2026-04..2026-09 >/dev/null 2>&1
key Right
dump paid
key 2 Esc
dump members
shell zhibu import members gone.csv --update >/dev/null 2>&1
key j
dump transferred
SCRIPT
expect renamed <<'SCREEN'
 2026 年党费 · 10 人                                                 [ ] 换年份
 姓名        1  2  3  4  5  6  7  8  9 10 11 12      实交     欠交 欠月 交至
 赵六        ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00   165.00   11
 李思        ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00  2640.00   11
 张三        ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00   550.00   11
 吴婷        ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00   990.00   11
 欧阳建国    ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00   660.00   11
 孙丽        ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00   495.00   11
 王芳        ·  ·  ·  ·  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00     1.40    7
 周杰        ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00   220.00   11
 阿卜杜热…   ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00  2200.00   11
 曾志强      ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00   440.00   11





 收缴率%      0  0  0  0  0  0  0  0  0  0  0  - 1-11月 0.0%
 11月：应交 760.20 · 实交 0.00 · 收缴率 0.0% · 自愿多交 0.00
 2026 年 1-11 月：应交 8361.40 · 实交 0.00 · 收缴率 0.0% · 自愿多交 0.00
 赵六 2026-11：应交 15.00，已交 0.00 · 欠交 11 个月（2026-01 起），共 165.00

F1帮助 /搜索 f筛选 a交费 m记已交 M全部记已交 Enter打开 F核定 R上缴记录 q退出
SCREEN
expect paid <<'SCREEN'
 2026 年党费 · 10 人                                                 [ ] 换年份
 姓名        1  2  3  4  5  6  7  8  9 10 11 12      实交     欠交 欠月 交至
 赵六        ✗  ✗  ✗  ✓  ✓  ✓  ✓  ✓  ✓  ✗  ✗  ○     90.00    75.00    5
 李思        ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00  2640.00   11
 张三        ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00   550.00   11
 吴婷        ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00   990.00   11
 欧阳建国    ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00   660.00   11
 孙丽        ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00   495.00   11
 王芳        ·  ·  ·  ·  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00     1.40    7
 周杰        ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00   220.00   11
 阿卜杜热…   ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00  2200.00   11
 曾志强      ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ✗  ○      0.00   440.00   11





 收缴率%      0  0  0  2  2  2  2  2  2  0  0  - 1-11月 1.1%
 12月：未到期（760.20）· 预交 0.00 · 自愿多交 0.00
 2026 年 1-11 月：应交 8361.40 · 实交 90.00 · 收缴率 1.1% · 自愿多交 0.00
 欧阳建国，2026-12：未到期（60.00；已交 0.00） · 欠交 11 个月（2026-01 起），…

F1帮助 /搜索 f筛选 a交费 m记已交 M全部记已交 Enter打开 F核定 R上缴记录 q退出
SCREEN
expect members <<'SCREEN'
 在册党员 10 人（正式 9，预备 1）                                  按花名册顺序
 显示 10 人
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 赵六       男   正式     1995-12-01 第一党小组 在职     137****0002   流动
 李思       女   正式     2001-07-01 第一党小组 在职     139****5678   正常
 张三       男   正式     2005-06-30 第一党小组 在职     138****8000   正常
 吴婷       女   正式     2019-05-04 第一党小组 在职     138****0000   正常
 欧阳建国   男   正式     1972-10-01 第二党小组 离退休   020-****4321  正常
 孙丽       女   正式     2012-12-12 第二党小组 在职     135****2222   失联
 王芳       女   预备     2026-05-20 第二党小组 学生     150****0001   正常
 周杰       男   正式     1998-03-01 第三党小组 离退休   133****1111   正常
 阿卜杜热…  男   正式     2010-07-01 第三党小组 在职     189****0001   正常
 曾志强     男   正式     2015-06-01 第三党小组 在职     136****5678   正常









F1帮助 /搜索 f筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
expect transferred <<'SCREEN'
 在册党员 0 人（正式 0，预备 0）                                   按花名册顺序
 显示 0 人
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态

   还没有党员：按 a 新增；按 I 从文件导入花名册。

















F1帮助 /搜索 f筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
