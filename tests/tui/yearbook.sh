# 报表 lists the 述职数据表 with the other new reports; Enter asks for the year
# and the as-of date, F2 previews the three sheets (汇总 first, every row
# with its 依据).
roster
zhibu rectify batch --title 2026年巡察反馈问题整改 --source 巡察 --feedback 2026-03-10 >/dev/null 2>&1
zhibu rectify add --batch 2026年巡察反馈问题整改 --problem 三会一课落实不到位 --person 李四 --deadline 2026-06-30 >/dev/null 2>&1
app <<'SCRIPT'
key 6 End
dump list
key Enter
dump form
key F2
dump preview
key Esc Esc
SCRIPT
expect list <<'SCREEN'
 报表和名册：按 Enter 选择期间、格式和保存位置
  志愿服务、承诺践诺与先锋岗  按年度 · XLSX CSV TXT PDF
  文件材料目录                按年度 · XLSX CSV TXT PDF
  待办事项（超期与即将到期）  截至某日 · CSV TXT
  花名册导入模板              当前情况 · XLSX
  党费标准导入模板            当前情况 · XLSX
  党费缴纳导入模板            当前情况 · XLSX
  会议记录导入模板            当前情况 · XLSX
  入党申请人导入模板          当前情况 · XLSX
  党务公开登记表              按年度 · XLSX CSV TXT PDF
  党务公开目录                当前情况 · XLSX CSV TXT PDF
  意见建议办理登记表          按年度 · XLSX CSV TXT PDF
  意见建议办理情况公示        按年度 · TXT
  整改台账                    截至某日 · XLSX CSV TXT PDF
  整改情况统计表              截至某日 · XLSX CSV TXT PDF
  年度党建工作计划            按年度 · XLSX CSV TXT PDF
  民主测评结果汇总表          按年度 · XLSX CSV TXT PDF
  民主测评表（空白）          按年度 · XLSX CSV TXT PDF
  述职数据表                  按年度 · XLSX CSV TXT PDF

 命令行：zhibu report yearbook；按 s 以条形图查看统计。

F1帮助 Enter打开 s党员统计 Tab切换界面 q退出
SCREEN
expect form <<'SCREEN'
 述职数据表：按 F2 先预览，再保存

 全年 *            2026
 缴费截至 *        2026-11-20
 格式              XLSX
 编码（TXT、CSV）  UTF-8
 保存到 *          示范学院计算机学院教工第一党支部-述职数据表-2026.xlsx

                   [ 保存 F2 ]  [ 取消 Esc ]













F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect preview <<'SCREEN'
 预览：按 F2 保存为 示范学院计算机学院教工第一党支部-述职… 第 1/117 行，第 1 列
 2026 述职数据表
 示范学院计算机学院教工第一党支部    期间：2026    打印日期：2026-11-20

 序号  项目                                    本期数据                        …
 ----  --------------------------------------  --------------------------------…
    1  期末党员数（正式/预备）                 10（正式 9，预备 1）            …
    2  递交入党申请书（入党申请人）            0                               …
    3  确定入党积极分子                        0                               …
    4  确定发展对象                            0                               …
    5  支部党员大会讨论接收预备党员            0                               …
    6  接收预备党员                            1                               …
    7  支部党员大会讨论预备党员转正            0                               …
    8  预备党员转正                            0                               …
    9  组织关系转入/转出、待回执               转入 0，转出 0，待回执 0        …
   10  流动/失联/停止党籍（期末）              2                               …
   11  支部换届（届次、任期届满日期）          未记录届次                      …
   12  支部党员大会（已开/应开）               0                               …
   13  支部委员会（已开/应开）                 0                               …
   14  党小组会（已开/应开）                   0                               …
   15  党课（已开/应开）                       0                               …

F2保存 p打印 Esc返回 PgDn下页 Right右移 F1帮助 q退出
SCREEN
