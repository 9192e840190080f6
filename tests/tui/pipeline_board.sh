# 发展: the board of the candidates of data/candidates.csv at 80x24.  One
# column per stage (申请人, 积极分子, 发展对象, 预备党员), each card a person
# with the next step and its date: 陈晨's talk is overdue (超期), 刘洋's is due
# within 30 days (将到期).  Left/Right (h/l) and Up/Down (k/j) move between
# columns and cards, Enter opens the person under the cursor, / keeps the
# names or pinyin initials that match, Esc clears the search.  The help
# screen lists the board's keys; a wider window shows the same board wider.
roster
zhibu import candidates "$TUI/data/candidates.csv" >/dev/null 2>&1 ||
	{ echo "import candidates failed"; tui_failures=$((tui_failures + 1)); }
app <<'SCRIPT'
key 5
dump board
key l l j Enter
dump opened
key Esc /
type zm
dump search
key Enter Enter
dump search_opened
key Esc Esc
dump cleared
key F1
dump help
key Esc
resize 120 30
dump wide
SCRIPT
expect board <<'SCREEN'
 2026 年度发展计划：未设定（按 t 设定）            超期 5 人 · 30 天内到期 2 人
  申请人 3           积极分子 2         发展对象 2         预备党员 1
  陈晨               周敏               吴刚               孙磊
  党组织派人谈话     培养教育考察       培养教育考察       继续教育考察
  2026-11-01 超期    2026-03-15 超期    2024-09-01 超期    2026-07-15 超期
  刘洋               田野               郑丽
  党组织派人谈话     培养教育考察       上级党委审批
  2026-12-10 将到期  2026-12-01 将到期  2026-10-01 超期
  迪丽热巴·买买提江
  确定入党积极分子
  现在可办











F1帮助 /搜索 a新增 Enter打开 t计划 q退出
SCREEN
expect opened <<'SCREEN'
 郑丽 · 发展对象 · 女 · 1992-02-14 · 外国语学院 讲师
 下一步：上级党委审批  2026-10-01 超期
 步骤                      状态     日期       截止日期   记录
  4 报上级党委备案         缺                             缺：未记录，但其后的…
  5 指定培养联系人         已完成   2023-03-01            张三、欧阳建国
  6 培养教育考察           待办
  7 确定发展对象           已完成   2024-04-01
  8 报上级党委备案         缺                             缺：未记录，但其后的…
  9 确定入党介绍人         已完成   2024-04-01            李四、欧阳建国
 10 政治审查               已完成   2024-05-10            缺：政审结论
 11 集中培训               已完成   2024-06-01            至 2024-06-05
 12 支部委员会审查         缺                             缺：未记录，但其后的…
 13 上级党委预审           缺                             缺：未记录，但其后的…
 14 填写入党志愿书         缺                             缺：未记录，但其后的…
 15 支部党员大会讨论表决   已完成   2026-07-01            缺：表决票数
 16 上级党委派人谈话       待办
 17 上级党委审批           超期                2026-10-01
 第 17 步：上级党委审批（预备党员的接收）
 记录：（无）

 最早：2026-07-01    截止：2026-10-01（超期）

Esc返回 Enter记录 e修改 F1帮助 q退出
SCREEN
expect search <<'SCREEN'
 2026 年度发展计划：未设定（按 t 设定）                    搜索：zm（Esc 清除）
  申请人 0           积极分子 1         发展对象 0         预备党员 0
  （无）             周敏               （无）             （无）
                     培养教育考察
                     2026-03-15 超期
















搜索（姓名或拼音）：zm
Enter确定 Esc取消 F1帮助
SCREEN
expect search_opened <<'SCREEN'
 周敏 · 积极分子 · 女 · 1995-07-21 · 图书馆 馆员
 下一步：培养教育考察  2026-03-15 超期
 步骤                      状态     日期       截止日期   记录
  1 递交入党申请书         已完成   2025-03-01
  2 党组织派人谈话         已完成   2025-03-20            缺：谈话人
  3 确定入党积极分子       已完成   2025-09-15
  4 报上级党委备案         缺                             缺：未记录，但其后的…
  5 指定培养联系人         已完成   2025-09-15            张三
  6 培养教育考察           超期                2026-03-15
  7 确定发展对象           待办
  8 报上级党委备案         未到
  9 确定入党介绍人         未到
 10 政治审查               未到
 11 集中培训               未到
 12 支部委员会审查         未到
 13 上级党委预审           未到
 14 填写入党志愿书         未到
 第 6 步：培养教育考察（入党积极分子的确定和教育培养）
 记录：（无）

 截止：2026-03-15（超期）

Esc返回 Enter记录 e修改 F1帮助 q退出
SCREEN
expect cleared <<'SCREEN'
 2026 年度发展计划：未设定（按 t 设定）            超期 5 人 · 30 天内到期 2 人
  申请人 3           积极分子 2         发展对象 2         预备党员 1
  陈晨               周敏               吴刚               孙磊
  党组织派人谈话     培养教育考察       培养教育考察       继续教育考察
  2026-11-01 超期    2026-03-15 超期    2024-09-01 超期    2026-07-15 超期
  刘洋               田野               郑丽
  党组织派人谈话     培养教育考察       上级党委审批
  2026-12-10 将到期  2026-12-01 将到期  2026-10-01 超期
  迪丽热巴·买买提江
  确定入党积极分子
  现在可办











F1帮助 /搜索 a新增 Enter打开 t计划 q退出
SCREEN
expect help <<'SCREEN'
 此处可用的按键（全部按键见 man zhibu）
 发展党员：看板
 Left, h           移到左边一栏（前一阶段）
 Right, l          移到右边一栏（后一阶段）
 a, F7             新增入党申请人，填写申请日期
 t                 设定年度发展计划的人数

 在列表和查看界面
 Up, k             上移一行
 Down, j           下移一行
 PgUp, ^B          上移一页
 PgDn, ^F, Space   下移一页
 Home, g           转到第一行
 End, G            转到最后一行
 Enter             打开选中的一行
 Esc               返回；在列表中先清除搜索
 /                 边输入边搜索：姓名、全拼或拼音首字母（zhangsan、zs、zhangs
                   都是张三）、身份证号末几位、电话号码
 F6, >             按下一列排序
 <                 按上一列排序
 r                 反向排序

Esc返回 PgDn下页 PgUp上页
SCREEN
expect wide <<'SCREEN'
 2026 年度发展计划：未设定（按 t 设定）                                                    超期 5 人 · 30 天内到期 2 人
  申请人 3                     积极分子 2                   发展对象 2                   预备党员 1
  陈晨                         周敏                         吴刚                         孙磊
  党组织派人谈话               培养教育考察                 培养教育考察                 继续教育考察
  2026-11-01 超期              2026-03-15 超期              2024-09-01 超期              2026-07-15 超期
  刘洋                         田野                         郑丽
  党组织派人谈话               培养教育考察                 上级党委审批
  2026-12-10 将到期            2026-12-01 将到期            2026-10-01 超期
  迪丽热巴·买买提江
  确定入党积极分子
  现在可办

















F1帮助 /搜索 a新增 Enter打开 t计划 q退出
SCREEN
