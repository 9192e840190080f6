# The 报表 list (issue 20): beside each title what it asks for and its
# formats, not a command line; the command of the report under the cursor
# is on the line below the list.
roster
app <<'SCRIPT'
key 6 j
dump list
SCRIPT
expect list <<'SCREEN'
 报表和名册：按 Enter 选择期间、格式和保存位置
  党员花名册                  当前情况 · XLSX CSV TXT PDF
  党费季报                    按季度 · XLSX CSV TXT PDF
  党费年报                    按年度 · XLSX CSV TXT PDF
  党费收缴公示                按季度或年度 · XLSX CSV TXT PDF
  欠交党费名单                截至某日 · XLSX CSV TXT PDF
  组织生活情况（按年度要求）  按年度 · XLSX CSV TXT PDF
  会议记录                    按年度 · XLSX CSV TXT PDF
  发展党员情况                截至某日 · XLSX CSV TXT PDF
  发展党员公示                针对一人 · TXT PDF
  入党积极分子名册            按年度 · XLSX CSV TXT PDF
  发展对象名册                按年度 · XLSX CSV TXT PDF
  新党员名册                  按年度 · XLSX CSV TXT PDF
  党员统计表                  截至某日 · XLSX CSV TXT PDF
  党员教育培训学时登记表      按年度 · XLSX CSV TXT PDF
  谈心谈话覆盖情况            按年度 · XLSX CSV TXT PDF
  志愿服务、承诺践诺与先锋岗  按年度 · XLSX CSV TXT PDF
  文件材料目录                按年度 · XLSX CSV TXT PDF
  待办事项（超期与即将到期）  截至某日 · CSV TXT

 命令行：zhibu report dues --quarter；按 s 以条形图查看统计。

F1帮助 Enter打开 s党员统计 Tab切换界面 q退出
SCREEN
