# 党费 on a branch with no members yet (issue 20): the grid says which keys
# bring the roster in (I imports a 花名册, a on 党员 adds a member), not a
# command line.
zhibu init --branch "示范学院计算机学院教工第一党支部" --higher "示范学院计算机学院党委" >/dev/null 2>&1 ||
	{ echo "setting up failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
key 3
dump empty
SCRIPT
check "no command line on the screen" sh -c '! grep -q "zhibu " empty'
expect empty <<'SCREEN'
 2026 年党费 · 0 人                                                  [ ] 换年份
 姓名        1  2  3  4  5  6  7  8  9 10 11 12      实交     欠交 欠月 交至

  本年度没有党员：按 I 从文件导入花名册，或在党员界面按 a 新增。













 收缴率%      -  -  -  -  -  -  -  -  -  -  -  - 1-11月 -
 11月：应交 0.00 · 实交 0.00 · 收缴率 - · 自愿多交 0.00
 2026 年 1-11 月：应交 0.00 · 实交 0.00 · 收缴率 - · 自愿多交 0.00


F1帮助 /搜索 f筛选 a交费 m记已交 M全部记已交 Enter打开 F核定 R上缴记录 q退出
SCREEN
