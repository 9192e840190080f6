# 导入 (I from any main screen, or the 台账 list): the empty roster points to
# it; F3 lists the folder's .csv/.xlsx/.xls files; the file is checked first
# (the importer's --dry-run, its FILE:LINE: 列名: problems listed) and nothing
# is written; F2 is refused until a check without problems; then F2 imports
# it in one transaction and the 党员 tab shows the roster.  A kind's own
# options (plan --year) are typed in the form as on the command line.
zhibu init --branch "示范学院计算机学院教工第一党支部" --higher "示范学院计算机学院党委" >/dev/null 2>&1
cp "$TUI/data/members.csv" good.csv
sed 's/,男,/,男男,/' "$TUI/data/members.csv" | head -4 > bad.csv
echo "not a roster" > notes.txt
app <<'SCRIPT'
key 2
dump empty
key I
dump-title page
key F3
dump files
key Enter
dump problems
key F2
dump refused
shell sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM members" > after_check
key Esc Esc 2 I F3 j Enter
dump checked
key F2
dump confirm
key y
dump imported
key 2
dump roster
# The kind's own options: plan needs --year; the columns are checked too.
key I Enter Right Right Right Right Right Right Right Right F2
dump plan_usage
key Enter Tab Tab Tab
type --year 2026
key F2
dump plan_columns
SCRIPT
check "nothing written by the check of bad.csv" test "$(cat after_check)" = 0
check "the good file imported" test "$(sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM members")" = 11
check "the import is one run: 11 new members logged" test "$(sqlite3 "$ZHIBU_DB" "SELECT count(*) FROM change_log WHERE tbl = 'members' AND field = '*'")" = 11
expect empty <<'SCREEN'
 在册党员 0 人（正式 0，预备 0）                                   按花名册顺序
 显示 0 人
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态

   还没有党员：按 a 新增；按 I 从文件导入花名册。

















F1帮助 /搜索 f筛选 F6排序 a新增 e修改 c状态 Enter打开 p党小组 q退出
SCREEN
expect page <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 导入：从 CSV 或 Excel 文件导入，写入前先检查
 类型: members   文件: -
 尚未检查。
 回车键：选择类型和文件（F3：本文件夹中的文件）。先检查文件；检查无误后按 F2
 导入。参数与命令行相同：plan 要写 --year 2026，review-ballots 要写 --review
 测评#编号，任何类型都可写 --encoding gb18030。花名册的列见 zhibu export
 template members 导出的模板。















Esc返回 Enter打开 F3选文件 F2导入 F1帮助
SCREEN
expect files <<'SCREEN'
 导入：从 CSV 或 Excel 文件导入，写入前先检查
 类型: members   文件: -
 尚未检查。
 回车键：选择类型和文件（F3：本文件夹中的文件）。先检查文件；检查无误后按 F2
 导入。参数与命令行相同：plan 要写 --year 2026，review-ballots 要写 --review
 测评#编号，任何类型都可写 --encoding gb18030。花名册的列见 zhibu export
 template members 导出的模板。


                            ┌─ 要导入的文件 ───────┐
                            │ bad.csv              │
                            │ good.csv             │
                            └──────────────────────┘









Enter确定 Esc取消 F1帮助
SCREEN
expect problems <<'SCREEN'
 导入：从 CSV 或 Excel 文件导入，写入前先检查
 类型: members   文件: bad.csv
 检查发现问题：请修改文件后重新检查（回车键）。未写入任何数据。
 bad.csv:2: 性别: 应为 男 或 女
 bad.csv:4: 性别: 应为 男 或 女
 zhibu：bad.csv 中有 2 处问题，未导入任何数据。
















Esc返回 Enter打开 F3选文件 F2导入 F1帮助
SCREEN
expect refused <<'SCREEN'
 导入：从 CSV 或 Excel 文件导入，写入前先检查
 类型: members   文件: bad.csv
 检查发现问题：请修改文件后重新检查（回车键）。未写入任何数据。
 bad.csv:2: 性别: 应为 男 或 女
 bad.csv:4: 性别: 应为 男 或 女
 zhibu：bad.csv 中有 2 处问题，未导入任何数据。















请先检查文件（回车键）：检查无误才能导入。
Esc返回 Enter打开 F3选文件 F2导入 F1帮助
SCREEN
expect checked <<'SCREEN'
 导入：从 CSV 或 Excel 文件导入，写入前先检查
 类型: members   文件: good.csv
 检查无误，尚未写入。按 F2 导入。
 zhibu：已检查 11 行，没有问题；未写入（--dry-run）。
 第 2 行：张三：新党员
 第 3 行：李四：新党员
 第 4 行：欧阳建国：新党员
 第 5 行：王芳：新党员
 第 6 行：赵六：新党员
 第 7 行：阿卜杜热合曼·买买提艾力：新党员
 第 8 行：曾志强：新党员
 第 9 行：孙丽：新党员
 第 10 行：周杰：新党员
 第 11 行：吴婷：新党员
 第 12 行：郑国华：新党员







Esc返回 Enter打开 F3选文件 F2导入 F1帮助
SCREEN
expect confirm <<'SCREEN'
 导入：从 CSV 或 Excel 文件导入，写入前先检查
 类型: members   文件: good.csv
 检查无误，尚未写入。按 F2 导入。
 zhibu：已检查 11 行，没有问题；未写入（--dry-run）。
 第 2 行：张三：新党员
 第 3 行：李四：新党员
 第 4 行：欧阳建国：新党员
 第 5 行：王芳：新党员
 第 6 行：┌─ 请确认 ─────────────────────────────────────────────────┐
 第 7 行：│ 现在导入 good.csv（members）吗？                         │
 第 8 行：│                                                          │
 第 9 行：│                  [ 是 (y) ]  [ 否 (n) ]                  │
 第 10 行 └──────────────────────────────────────────────────────────┘
 第 11 行：吴婷：新党员
 第 12 行：郑国华：新党员







y是 n否 F1帮助
SCREEN
expect imported <<'SCREEN'
 导入：从 CSV 或 Excel 文件导入，写入前先检查
 类型: members   文件: good.csv
 已导入。
 zhibu：已从 good.csv（UTF-8）导入 11 名党员（新增 11，更新 0）。


















Esc返回 Enter打开 F3选文件 F2导入 F1帮助
SCREEN
expect plan_usage <<'SCREEN'
 导入：从 CSV 或 Excel 文件导入，写入前先检查
 类型: plan   文件: good.csv
 检查发现问题：请修改文件后重新检查（回车键）。未写入任何数据。
 zhibu import: --year 应为年份，如 2026
 请参阅 'man zhibu' 或 'zhibu --help'。

















Esc返回 Enter打开 F3选文件 F2导入 F1帮助
SCREEN
expect plan_columns <<'SCREEN'
 导入：从 CSV 或 Excel 文件导入，写入前先检查
 类型: plan   文件: good.csv   --year 2026
 检查发现问题：请修改文件后重新检查（回车键）。未写入任何数据。
 good.csv:1: 姓名: 未知的列
 good.csv:1: 性别: 未知的列
 good.csv:1: 民族: 未知的列
 good.csv:1: 出生日期: 未知的列
 good.csv:1: 公民身份号码: 未知的列
 good.csv:1: 学历: 未知的列
 good.csv:1: 人员类别: 未知的列
 good.csv:1: 工作单位及职务: 未知的列
 good.csv:1: 党员类别: 未知的列
 good.csv:1: 入党日期: 未知的列
 good.csv:1: 转正日期: 未知的列
 good.csv:1: 党小组: 未知的列
 good.csv:1: 联系电话: 未知的列
 good.csv:1: 党籍状态: 未知的列
 good.csv:1: 备注: 未知的列
 good.csv:1: 类别: 缺少必需的列
 good.csv:1: 工作任务: 缺少必需的列
 good.csv:1: 完成时限: 缺少必需的列

Esc返回 Enter打开 F3选文件 F2导入 F1帮助
SCREEN
expect roster <<'SCREEN'
 在册党员 10 人（正式 9，预备 1）                                  按花名册顺序
 显示 10 人
 姓名       性别 党员类别 入党日期   党小组     人员类别 联系电话      党籍状态
 赵六       男   正式     1995-12-01 第一党小组 在职     137****0002   流动
 李四       女   正式     2001-07-01 第一党小组 在职     139****5678   正常
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
