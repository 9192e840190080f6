# The minute page at 120 columns: 主题 uses the whole width when no message
# is beside it (it was cut at about 38 columns); 议题 with more lines than its
# rows shows ↓ in the column after them, and ↑ when scrolled past the first.
DATA=$TUI/../data
. "$DATA/meetings-setup.sh"
export ZHIBU_SIZE=120x30
app <<'SCRIPT'
key 4 m Enter Tab ^U
type 学习贯彻习近平新时代中国特色社会主义思想主题教育专题组织生活会暨民主评议党员
key Down Down Down Down Down Down Down Down Down Down
type 一、学习党章
key Enter
type 二、交流学习体会
key Enter
type 三、开展批评与自我批评
key Enter
type 四、民主评议党员
key Enter
type 五、部署下一阶段工作
key Enter
type 六、缴纳党费
key Enter
type 七、其他事项
dump scrolled
key Up Up Up Up Up Up Tab
dump below
SCRIPT
expect scrolled <<'SCREEN'
 第 103 号会议记录 · 党小组会 · 2026-11-16 · 未保存

 类型 *    党小组会
 主题      学习贯彻习近平新时代中国特色社会主义思想主题教育专题组织生活会暨民主评议党员
 日期 *    2026-11-16
 开始时间  12:30
 结束时间  13:30
 地点      党员活动室
 党小组    第一党小组
 主持人    李四
 记录人    吴九
 列席
 出席情况  应到 5 人，实到 5 人
 议题      五、部署下一阶段工作                                                                                        ↑
           六、缴纳党费
           七、其他事项
 会议内容  组内党员逐一发言。





 决议



           [ 保存 F2 ]  [ 取消 Esc ]
回车换行，Tab 到下一栏，F8 用自己的编辑器编辑
F2保存 Esc取消 Tab下一栏 F8编辑器 F1帮助
SCREEN
expect below <<'SCREEN'
 第 103 号会议记录 · 党小组会 · 2026-11-16 · 未保存

 类型 *    党小组会
 主题      学习贯彻习近平新时代中国特色社会主义思想主题教育专题组织生活会暨民主评议党员
 日期 *    2026-11-16
 开始时间  12:30
 结束时间  13:30
 地点      党员活动室
 党小组    第一党小组
 主持人    李四
 记录人    吴九
 列席
 出席情况  应到 5 人，实到 5 人
 议题      一、学习党章
           二、交流学习体会
           三、开展批评与自我批评                                                                                      ↓
 会议内容  组内党员逐一发言。





 决议



           [ 保存 F2 ]  [ 取消 Esc ]
回车换行，Tab 到下一栏，F8 用自己的编辑器编辑
F2保存 Esc取消 Tab下一栏 F8编辑器 F1帮助
SCREEN
