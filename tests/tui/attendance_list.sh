# The attendance of a minute (issue 20): in roster order (party group, then
# join date, then name), whatever order it was recorded in; / searches it by
# a part of the name or the pinyin initials, the header saying so; Space
# marks the person found absent and stays on that line; Esc clears the
# search and the whole list shows again.
DATA=$TUI/../data
. "$DATA/meetings-setup.sh"
app <<'SCRIPT'
key 4 m /
type 第3季度党员大会
key Enter Enter
key Down Down Down Down Down Down Down Down Down Enter
dump roster_order
key /
type oy
key Enter
dump searched
key Space
dump toggled
key Esc
dump cleared
SCRIPT
expect roster_order <<'SCREEN'
 出席情况：应到 10 人，实到 9 人，缺席 1 人
 出席情况 姓名            党小组          党员类别 缺席原因
 ✓ 出席   王芳            第一党小组      正式
 ✗ 缺席   赵六            第一党小组      正式     外出务工
 ✓ 出席   李四            第一党小组      正式
 ✓ 出席   张三            第一党小组      正式
 ✓ 出席   吴九            第一党小组      正式
 ✓ 出席   欧阳建国        第二党小组      正式
 ✓ 出席   周八            第二党小组      正式
 ✓ 出席   孙七            第二党小组      正式
 ✓ 出席   郑十            第二党小组      正式
 ✓ 出席   王芳            第二党小组      预备










Esc返回 Space出席/缺席 Enter原因 a新增 Delete移除 F1帮助
SCREEN
expect searched <<'SCREEN'
 出席情况：应到 10 人，实到 9 人，缺席 1 人 · 搜索：oy（显示 1 人）
 出席情况 姓名            党小组          党员类别 缺席原因
 ✓ 出席   欧阳建国        第二党小组      正式



















Esc返回 Space出席/缺席 Enter原因 a新增 Delete移除 F1帮助
SCREEN
expect toggled <<'SCREEN'
 出席情况：应到 10 人，实到 8 人，缺席 2 人 · 搜索：oy（显示 1 人）
 出席情况 姓名            党小组          党员类别 缺席原因
 ✗ 缺席   欧阳建国        第二党小组      正式



















Esc返回 Space出席/缺席 Enter原因 a新增 Delete移除 F1帮助
SCREEN
expect cleared <<'SCREEN'
 出席情况：应到 10 人，实到 8 人，缺席 2 人
 出席情况 姓名            党小组          党员类别 缺席原因
 ✓ 出席   王芳            第一党小组      正式
 ✗ 缺席   赵六            第一党小组      正式     外出务工
 ✓ 出席   李四            第一党小组      正式
 ✓ 出席   张三            第一党小组      正式
 ✓ 出席   吴九            第一党小组      正式
 ✗ 缺席   欧阳建国        第二党小组      正式
 ✓ 出席   周八            第二党小组      正式
 ✓ 出席   孙七            第二党小组      正式
 ✓ 出席   郑十            第二党小组      正式
 ✓ 出席   王芳            第二党小组      预备










Esc返回 Space出席/缺席 Enter原因 a新增 Delete移除 F1帮助
SCREEN
