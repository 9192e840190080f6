# 组织关系转接 (issue 18) on 首页: a 转出 whose 回执 is overdue is a to-do of
# the most urgent; Enter opens 组织 with the cursor on its line (the second:
# 转接#1, issued before it with a longer letter, is due later), Enter there
# opens the member's page, whose section 组织关系转接 lists her letters.
roster
{ zhibu transfer out --member 周杰 --to 中共某县委组织部 --letter-no 测2025-00 --issued 2025-01-05 --valid-days 90 --dues-to 2024-12 &&
  zhibu transfer out --member 吴婷 --to 中共某区委组织部 --letter-no 测2025-01 --issued 2025-01-10 --dues-to 2024-12; } >/dev/null 2>&1 ||
	{ echo "transfer out failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
dump home
key Enter
dump org
key Enter End
dump page
SCRIPT
check "the to-do is on 首页" grep -q "吴婷 转出至中共某区委组织部，回执未返回" home
check "Enter opens 组织's 转接" grep -q "待办的转接" org
check "Enter on the line under the cursor opens her page, not 周杰's" grep -q "^ 吴婷：" page
check "her page has its section 组织关系转接" grep -q "组织关系转接" page
check "her letter is listed" grep -q "转接#2  2025-01-10\|2025-01-10  转接#2" page
