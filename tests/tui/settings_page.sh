# 设置 (S from any main screen, or the 台账 list): the branch's names, the
# meeting requirements and the settings catalogue, each with its value;
# Enter changes one.  A value the setting does not take is refused beside
# the field; the changes are written and shown by the commands afterwards.
roster
app <<'SCRIPT'
key S
dump-title page
key Enter ^U
type 示范学院计算机学院教工第二党支部
key F2
dump-title renamed
key j j j Enter
dump requirement
key Right Tab ^U
type 2
key Tab Right
key F2
dump required
key End
dump end
key Home j j j j j j j j j j j j j j j j Enter
key ^U
type 0
key F2
dump refused
key ^U
type 4
key F2
dump warned
key End k k k k k k k k k Enter ^U
type 20
key F2
SCRIPT
check "the new name in the reports" sh -c 'zhibu meeting require | grep -q "^示范学院计算机学院教工第二党支部 "' 
check "the requirement shown by zhibu meeting require" sh -c 'zhibu meeting require | grep -q "^支部委员会 *季度 *2 *党小组"'
check "dues.warn_months set" test "$(sqlite3 "$ZHIBU_DB" "SELECT value FROM settings WHERE key = 'dues.warn_months'")" = 4
check "disclose settings shows a value set here" sh -c 'zhibu disclose settings | grep -q "^disclosure.prompt_days = 20 "' 
expect page <<'SCREEN'
 示范学院计算机学院教工第一党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 设置：按回车键修改该行的值
 支部名称                           示范学院计算机学院教工第一党支部
 上级党委                           示范学院计算机学院党委
 会议要求：支部党员大会             每季度 1 次
 会议要求：支部委员会               每月 1 次
 会议要求：党小组会                 每月 1 次，各党小组分别召开
 会议要求：党课                     每季度 1 次
 会议要求：主题党日                 每月 1 次
 会议要求：组织生活会               每年 1 次
 会议要求：民主生活会               不作要求
 会议要求：民主评议党员             每年 1 次
 会议要求：谈心谈话                 每年 1 次
 会议要求：其他                     不作要求
 branch.contact                     -                                [默认]
 branch.phone                       -                                [默认]
 branch.place                       -                                [默认]
 meetings.since                     -                                [默认]
 dues.warn_months                   3                                [默认]
 dues.flag_months                   6                                [默认]

 支部名称，显示在标题行和每份报表上

Esc返回 Enter打开 F1帮助 q退出
SCREEN
expect renamed <<'SCREEN'
 示范学院计算机学院教工第二党…  1首页  2党员  3党费  4会议  5发展  6报表  7台账
 设置：按回车键修改该行的值
 支部名称                           示范学院计算机学院教工第二党支部
 上级党委                           示范学院计算机学院党委
 会议要求：支部党员大会             每季度 1 次
 会议要求：支部委员会               每月 1 次
 会议要求：党小组会                 每月 1 次，各党小组分别召开
 会议要求：党课                     每季度 1 次
 会议要求：主题党日                 每月 1 次
 会议要求：组织生活会               每年 1 次
 会议要求：民主生活会               不作要求
 会议要求：民主评议党员             每年 1 次
 会议要求：谈心谈话                 每年 1 次
 会议要求：其他                     不作要求
 branch.contact                     -                                [默认]
 branch.phone                       -                                [默认]
 branch.place                       -                                [默认]
 meetings.since                     -                                [默认]
 dues.warn_months                   3                                [默认]
 dues.flag_months                   6                                [默认]

 支部名称，显示在标题行和每份报表上
支部名称 已修改。
Esc返回 Enter打开 F1帮助 q退出
SCREEN
expect requirement <<'SCREEN'
 会议要求：支部委员会: 这类会议每个周期应开几次，按支部还是各党小组分别计

 期间 *      月
 次数 *      1
 计算单位 *  支部

             [ 保存 F2 ]  [ 取消 Esc ]














左右方向键切换选项；F3 或回车键显示列表
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect required <<'SCREEN'
 设置：按回车键修改该行的值
 支部名称                           示范学院计算机学院教工第二党支部
 上级党委                           示范学院计算机学院党委
 会议要求：支部党员大会             每季度 1 次
 会议要求：支部委员会               每季度 2 次，各党小组分别召开
 会议要求：党小组会                 每月 1 次，各党小组分别召开
 会议要求：党课                     每季度 1 次
 会议要求：主题党日                 每月 1 次
 会议要求：组织生活会               每年 1 次
 会议要求：民主生活会               不作要求
 会议要求：民主评议党员             每年 1 次
 会议要求：谈心谈话                 每年 1 次
 会议要求：其他                     不作要求
 branch.contact                     -                                [默认]
 branch.phone                       -                                [默认]
 branch.place                       -                                [默认]
 meetings.since                     -                                [默认]
 dues.warn_months                   3                                [默认]
 dues.flag_months                   6                                [默认]

 这类会议每个周期应开几次，按支部还是各党小组分别计
会议要求：支部委员会 已修改。
Esc返回 Enter打开 F1帮助 q退出
SCREEN
expect end <<'SCREEN'
 设置：按回车键修改该行的值
 training.max_minutes_per_day       480                              [惯例]
 training.minutes_per_hour          60                               [惯例]
 training.required_hours.member     32                               [惯例]
 training.required_hours.committee  56                               [惯例]
 training.required_centralized      1                                [惯例]
 backup.keep                        30                               [默认]
 package.masked                     0                                [默认]
 disclosure.routine_grace_days      30                               [默认]
 disclosure.prompt_days             15                               [默认]
 disclosure.archive_by              06-30                            [默认]
 disclosure.outside_days            0                                [默认]
 disclosure.school                  0                                [默认]
 disclosure.since                   -                                [默认]
 feedback.reply_workdays            10                               [默认]
 feedback.request_workdays          3                                [惯例]
 feedback.request_ext_workdays      10                               [惯例]
 feedback.box_period                月                               [惯例]
 feedback.publish_replies           1                                [惯例]

 1：每条答复都应公开

Esc返回 Enter打开 F1帮助 q退出
SCREEN
expect refused <<'SCREEN'
 dues.warn_months: 欠交几个月起提醒

 值      0                                            0 不是范围内的数字

         [ 保存 F2 ]  [ 取消 Esc ]
















值: 0 不是范围内的数字
F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect warned <<'SCREEN'
 设置：按回车键修改该行的值
 支部名称                           示范学院计算机学院教工第二党支部
 上级党委                           示范学院计算机学院党委
 会议要求：支部党员大会             每季度 1 次
 会议要求：支部委员会               每季度 2 次，各党小组分别召开
 会议要求：党小组会                 每月 1 次，各党小组分别召开
 会议要求：党课                     每季度 1 次
 会议要求：主题党日                 每月 1 次
 会议要求：组织生活会               每年 1 次
 会议要求：民主生活会               不作要求
 会议要求：民主评议党员             每年 1 次
 会议要求：谈心谈话                 每年 1 次
 会议要求：其他                     不作要求
 branch.contact                     -                                [默认]
 branch.phone                       -                                [默认]
 branch.place                       -                                [默认]
 meetings.since                     -                                [默认]
 dues.warn_months                   4                                [已设置]
 dues.flag_months                   6                                [默认]

 欠交几个月起提醒
dues.warn_months 已修改。
Esc返回 Enter打开 F1帮助 q退出
SCREEN
