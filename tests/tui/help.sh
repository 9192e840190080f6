# F1 (or ?) shows the keys that work where it is opened, from the one table
# of actions; in a form, ? is text and F1 still helps.
roster
app <<'SCRIPT'
# zhibu opens on 首页: 2 goes to the members.
key 2
key F1
dump members_help
key PgDn
dump members_help2
key Esc a
type ?
key F1
dump form_help
SCRIPT
expect members_help <<'SCREEN'
 此处可用的按键（全部按键见 man zhibu）
 党员
 a, F7             新增党员
 e                 修改党员信息
 c                 变更党籍状态（流动、失联、转出等），并填写日期和原因
 t                 记录与该党员的谈心谈话：谈话人、日期、类型
 i                 完整显示或隐藏身份证号和电话号码
 p                 管理党小组

 可筛选的列表（党员、党费、会议）
 f, F4             只显示列表的一部分：某类别、党小组、党籍状态或人员类别的党
                   员；欠交党费的党员；某类会议

 在列表和查看界面
 Up, k             上移一行
 Down, j           下移一行
 PgUp, ^B          上移一页
 PgDn, ^F, Space   下移一页
 Home, g           转到第一行
 End, G            转到最后一行
 Enter             打开选中的一行

Esc返回 PgDn下页 PgUp上页
SCREEN
expect members_help2 <<'SCREEN'
 此处可用的按键（全部按键见 man zhibu）
 Enter             打开选中的一行
 Esc               返回；在列表中先清除搜索
 /                 边输入边搜索：姓名、全拼或拼音首字母（zhangsan、zs、zhangs
                   都是张三）、身份证号末几位、电话号码
 F6, >             按下一列排序
 <                 按上一列排序
 r                 反向排序

 在各主界面
 Tab               转到下一个界面
 Shift-Tab         转到上一个界面
 1                 转到标题行中该编号的界面（界面列表见下）
 2                 转到标题行中该编号的界面（界面列表见下）
 3                 转到标题行中该编号的界面（界面列表见下）
 4                 转到标题行中该编号的界面（界面列表见下）
 5                 转到标题行中该编号的界面（界面列表见下）
 6                 转到标题行中该编号的界面（界面列表见下）
 7                 转到标题行中该编号的界面（界面列表见下）
 I                 从文件导入（花名册、党费、会议等各类数据）：先检查，确认后才
                   写入

Esc返回 PgDn下页 PgUp上页
SCREEN
expect form_help <<'SCREEN'
 此处可用的按键（全部按键见 man zhibu）
 编辑文字栏或搜索栏
 Left              光标左移一个字；在选项栏中选上一个选项
 Right             光标右移一个字；在选项栏中选下一个选项
 Home, ^A          移到开头
 End, ^E           移到末尾
 Backspace         删除光标前的一个字
 Delete, ^D        删除光标处的一个字
 ^U                删除从开头到光标处的文字
 ^K                删除从光标处到末尾的文字
 ^W                删除光标前的一个词

 在表单中
 Tab, Down         转到下一栏
 Shift-Tab, Up     转到上一栏
 Enter             转到下一栏；在选项栏或党员栏中打开选择列表（选定后仍停在本
                   栏，Tab 转到下一栏）；在按钮上则按下按钮
 F3                从选项栏或党员栏的列表中选择
 F2, ^S            保存表单
 Esc, ^C           取消；有未保存的修改时先询问


Esc返回 PgDn下页 PgUp上页
SCREEN
