# zhibu --committee PATH: the committee's list of its branches (two demo
# branches in a folder, one of them with a second, older copy that is left
# out, and a file that is not a database, skipped).  Enter opens the branch
# read-only in the usual screens (zhibu runs again with --read-only, its own
# keys from ZHIBU_SCRIPT_CHILD): the title says 只读, and a write is refused
# with the reason; quitting it comes back to the list.
mkdir pk
for n in 1 2; do
	zhibu --db b$n.db demo --members 8 --seed $n >/dev/null 2>&1
	zhibu --db b$n.db init --branch "第${n}党支部" --higher "示范县教育局党委" >/dev/null 2>&1
	zhibu --db b$n.db export package -o pk/b$n.db >/dev/null 2>&1
done
cp b1.db pk/b1-old.db
touch -d '2026-01-01 00:00:00' pk/b1-old.db
echo 'not a database' > pk/notes.txt
cat > child <<'SCRIPT'
dump branch
key 3 j j j j j
key m
dump refused
SCRIPT
export ZHIBU_SCRIPT_CHILD=child
app --committee pk <<'SCRIPT'
dump list
key j Enter
dump back
SCRIPT
expect list <<'SCREEN'
 汇总 2 个支部（共 3 个）；跳过的文件 1 个（原因见 zhibu rollup 路径… report br…
支部                         党员 本季收缴率   超期 即将到期 数据时间
第1党支部                       8     100.0%     15       10 2026-11-20 00:00:00
第2党支部                       8      71.4%     13       12 2026-11-20 00:00:00


















F1帮助 Enter打开 F6排序 q退出
SCREEN
expect refused <<'SCREEN'
 2026 年党费 · 8 人                                                  [ ] 换年份
 姓名        1  2  3  4  5  6  7  8  9 10 11 12      实交     欠交 欠月 交至
 何勇辉      ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ○    808.50               2026-11
 刘鑫国      ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓   2503.20               2026-12
 何振鑫      ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ○    508.20               2026-11
 贾浩刚      ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ○    432.30               2026-11
 白伟军      ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓    172.80               2026-12
 张勇峰      ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✗  ○   2746.00   274.60    1 2026-10
 田峰        ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ○      2.20               2026-11
 冯秀     ┌─ 未保存 ─────────────────────────────────────────────────┐1 2026-10
          │ 数据库文件只读                                           │
          │                                                          │
          └──────────────────────────────────────────────────────────┘




 收缴率%     ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  42  - 1-11月 94.8%
 11月：应交 894.80 · 实交 382.20 · 收缴率 42.7% · 自愿多交 0.00
 2026 年 1-11 月：应交 9842.80 · 实交 9330.20 · 收缴率 94.8% · 自愿多交 0.00
 张勇峰 2026-11：应交 274.60，已交 0.00 · 欠交 1 个月（2026-11 起），共 274.60

Enter确定
SCREEN
check "nothing created beside the packages" test "$(ls pk | tr '\n' ' ')" = "b1-old.db b1.db b2.db notes.txt "
