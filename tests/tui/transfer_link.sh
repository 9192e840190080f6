# 组织关系转接 (issue 18) on 首页: a 转出 whose 回执 is overdue is a to-do of
# the most urgent; Enter opens the member's page, whose section
# 组织关系转接 lists her letters.
roster
zhibu transfer out --member 吴婷 --to 中共某区委组织部 --letter-no 测2025-01 --issued 2025-01-10 --dues-to 2024-12 >/dev/null 2>&1 ||
	{ echo "transfer out failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
dump home
key Enter End
dump page
SCRIPT
check "the to-do is on 首页" grep -q "吴婷 转出至中共某区委组织部，回执未返回" home
check "Enter opens her page" grep -q "组织关系转接" page
check "her letter is listed" grep -q "转接#1  2025-01-10\|2025-01-10  转接#1" page
