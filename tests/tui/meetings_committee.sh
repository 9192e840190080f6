# 会议: the branch committee and 民主评议党员.  The committee of the
# fixture (书记 张三, 组织委员 李四, 宣传委员 孙七); 欧阳建国 becomes 纪检委员,
# chosen among the full members only; 孙七's term ends.  The grades of 2026
# (the header says nobody is graded yet rather than 优秀 0 of at most 0):
# the probationary 王芳 is not graded and says why; three 优秀 of seven
# graded is more than a third, refused with the reason and nothing saved;
# with two the grades are saved; M grades the two left 合格 in one step.
DATA=$TUI/../data
. "$DATA/meetings-setup.sh"
app <<'SCRIPT'
key 4 c
dump committee
key a
key Right Right Right Right Tab Enter
dump picker
type oy
key Enter
dump assign_form
key F2
dump assigned
key Down Down x
dump end_form
key F2
dump ended
key Esc p
dump grades
key End
dump probationary
key Enter
dump not_graded
key Esc Home Enter
dump choose
key Up Enter Enter Up Enter Enter Up Enter
key Enter Enter Enter Enter Enter Enter Enter Enter
dump too_many
key F2
dump refused
key Esc Home Down Down Enter Down Enter
key F2
dump saved
key M
dump rest
key F2
SCRIPT
expect committee <<'SCREEN'
 支部委员会现任 3 个职务
 职务       姓名                                          起始日期   任职至
 书记       张三                                          2024-01-01
 组织委员   李四                                          2024-01-01
 宣传委员   孙七                                          2024-01-01

















Esc返回 a任职 x卸任 F1帮助 q退出
SCREEN
expect picker <<'SCREEN'
 任命支部委员会职务

 职务 *   ┌─ 党员 ───────────────────────────────────────────────────┐
 党员 *   │ 搜索：                                                   │
 起始日期 │ 姓名                       党小组               人员类别 │
          │ 王芳                       第一党小组           离退休   │
          │ 李四                       第一党小组           在职     │
          │ 张三                       第一党小组           在职     │
          │ 吴九                       第一党小组           在职     │
          │ 欧阳建国                   第二党小组           离退休   │
          │ 周八                       第二党小组           在职     │
          │ 孙七                       第二党小组           在职     │
          │ 郑十                       第二党小组           在职     │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          │                                                          │
          └──────────────────────────────────────────────────────────┘

F3 或回车键选择党员；Delete 键清空
Enter确定 Esc取消 F1帮助
SCREEN
expect assign_form <<'SCREEN'
 任命支部委员会职务

 职务 *      纪检委员
 党员 *      欧阳建国
 起始日期 *  2026-11-20

             [ 保存 F2 ]  [ 取消 Esc ]














F3 或回车键选择党员；Delete 键清空
F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect assigned <<'SCREEN'
 支部委员会现任 4 个职务
 职务       姓名                                          起始日期   任职至
 书记       张三                                          2024-01-01
 组织委员   李四                                          2024-01-01
 宣传委员   孙七                                          2024-01-01
 纪检委员   欧阳建国                                      2026-11-20















欧阳建国 自 2026-11-20 起任纪检委员。
Esc返回 a任职 x卸任 F1帮助 q退出
SCREEN
expect end_form <<'SCREEN'
 结束 孙七 的宣传委员任期

 任职至 *  2026-11-20

           [ 保存 F2 ]  [ 取消 Esc ]
















日期，如 2026-03-01、2026/3/1 或 2026年3月1日
F2保存 Esc取消 Tab下一栏 F1帮助
SCREEN
expect ended <<'SCREEN'
 支部委员会现任 4 个职务
 职务       姓名                                          起始日期   任职至
 书记       张三                                          2024-01-01
 组织委员   李四                                          2024-01-01
 宣传委员   孙七                                          2024-01-01 2026-11-20
 纪检委员   欧阳建国                                      2026-11-20















孙七 于 2026-11-20 卸任宣传委员。
Esc返回 a任职 x卸任 F1帮助 q退出
SCREEN
expect grades <<'SCREEN'
 2026 年民主评议：尚未评定；优秀至多为评定人数的三分之一
 姓名                   党小组                 等次
 王芳                   第一党小组
 赵六                   第一党小组
 李四                   第一党小组
 张三                   第一党小组
 吴九                   第一党小组
 欧阳建国               第二党小组
 周八                   第二党小组
 孙七                   第二党小组
 郑十                   第二党小组
 王芳                   第二党小组                      不评定










Esc返回 Enter评定 M其余合格 F2保存 F1帮助 q退出
SCREEN
expect probationary <<'SCREEN'
 2026 年民主评议：尚未评定；优秀至多为评定人数的三分之一
 姓名                   党小组                 等次
 王芳                   第一党小组
 赵六                   第一党小组
 李四                   第一党小组
 张三                   第一党小组
 吴九                   第一党小组
 欧阳建国               第二党小组
 周八                   第二党小组
 孙七                   第二党小组
 郑十                   第二党小组
 王芳                   第二党小组                      不评定









王芳 在 2026 年末为预备党员：参加民主评议，但不评定等次
Esc返回 Enter评定 M其余合格 F2保存 F1帮助 q退出
SCREEN
expect not_graded <<'SCREEN'
 2026 年民主评议：尚未评定；优秀至多为评定人数的三分之一
 姓名                   党小组                 等次
 王芳                   第一党小组
 赵六                   第一党小组
 李四                   第一党小组
 张三                   第一党小组
 吴九                   第一党小组
 欧阳建国               第二党小组
 周八                   第二党小组
 孙七     ┌─ 不评定 ─────────────────────────────────────────────────┐
 郑十     │ 王芳 在 2026 年末为预备党员：参加民主评议，但不评定等次  │
 王芳     │                                                          │
          └──────────────────────────────────────────────────────────┘








王芳 在 2026 年末为预备党员：参加民主评议，但不评定等次
Enter确定
SCREEN
expect choose <<'SCREEN'
 2026 年民主评议：尚未评定；优秀至多为评定人数的三分之一
 姓名                   党小组                 等次
 王芳                   第一党小组
 赵六                   第一党小组
 李四                   第一党小组
 张三                   第一党小组
 吴九                   第一党小组
 欧阳建国               第二党小组
 周八                   第┌─ 王芳：2026 年评定等次 ─┐
 孙七                   第│ 优秀                    │
 郑十                   第│ 合格                    │
 王芳                   第│ 基本合格                │   不评定
                          │ 不合格                  │
                          └─────────────────────────┘








Enter确定 Esc取消 F1帮助
SCREEN
expect too_many <<'SCREEN'
 2026 年民主评议：评定 7 人；优秀 3（至多 2）、合格 4、基本合格 0、不合格 0
 姓名                   党小组                 等次
 王芳                   第一党小组             优秀     已修改，未保存
 赵六                   第一党小组             优秀     已修改，未保存
 李四                   第一党小组             优秀     已修改，未保存
 张三                   第一党小组             合格     已修改，未保存
 吴九                   第一党小组             合格     已修改，未保存
 欧阳建国               第二党小组             合格     已修改，未保存
 周八                   第二党小组             合格     已修改，未保存
 孙七                   第二党小组
 郑十                   第二党小组
 王芳                   第二党小组                      不评定









7 名参评党员中有 3 名评为优秀：优秀至多三分之一（2 名）
Esc返回 Enter评定 M其余合格 F2保存 F1帮助 q退出
SCREEN
expect refused <<'SCREEN'
 2026 年民主评议：评定 7 人；优秀 3（至多 2）、合格 4、基本合格 0、不合格 0
 姓名                   党小组                 等次
 王芳                   第一党小组             优秀     已修改，未保存
 赵六                   第一党小组             优秀     已修改，未保存
 李四                   第一党小组             优秀     已修改，未保存
 张三                   第一党小组             合格     已修改，未保存
 吴九                   第一党小组             合格     已修改，未保存
 欧阳建国               第二党小组             合格     已修改，未保存
 周八                   第二党小组             合格     已修改，未保存
 孙七     ┌─ 未保存 ─────────────────────────────────────────────────┐
 郑十     │ 7 名参评党员中有 3 名评为优秀：优秀至多三分之一（2 名）  │
 王芳     │                                                          │
          └──────────────────────────────────────────────────────────┘








7 名参评党员中有 3 名评为优秀：优秀至多三分之一（2 名）
Enter确定
SCREEN
expect rest <<'SCREEN'
 2026 年民主评议：评定 9 人；优秀 2（至多 3）、合格 7、基本合格 0、不合格 0
 姓名                   党小组                 等次
 王芳                   第一党小组             优秀
 赵六                   第一党小组             优秀
 李四                   第一党小组             合格
 张三                   第一党小组             合格
 吴九                   第一党小组             合格
 欧阳建国               第二党小组             合格
 周八                   第二党小组             合格
 孙七                   第二党小组             合格     已修改，未保存
 郑十                   第二党小组             合格     已修改，未保存
 王芳                   第二党小组                      不评定









又有 2 人评为合格：按 F2 保存。
Esc返回 Enter评定 M其余合格 F2保存 F1帮助 q退出
SCREEN
expect saved <<'SCREEN'
 2026 年民主评议：评定 7 人；优秀 2（至多 2）、合格 5、基本合格 0、不合格 0
 姓名                   党小组                 等次
 王芳                   第一党小组             优秀
 赵六                   第一党小组             优秀
 李四                   第一党小组             合格
 张三                   第一党小组             合格
 吴九                   第一党小组             合格
 欧阳建国               第二党小组             合格
 周八                   第二党小组             合格
 孙七                   第二党小组
 郑十                   第二党小组
 王芳                   第二党小组                      不评定









2026 年评定结果已保存：优秀 2 人，合格 5 人，基本合格 0 人，不合格 0 人。
Esc返回 Enter评定 M其余合格 F2保存 F1帮助 q退出
SCREEN
zhibu meeting grade --year 2026 --format csv > grades.csv 2>/dev/null
check "two 优秀 and seven 合格 stored (the rest marked 合格 with M)" test "$(grep -c ',优秀' grades.csv) $(grep -c ',合格' grades.csv)" = "2 7"
check "王芳 of 第二党小组 (probationary) is not graded" test "$(grep -c '王芳,第二党小组' grades.csv)" = 0
