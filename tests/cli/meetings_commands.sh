# zhibu meeting: the committee, a minute from options, a file or $EDITOR,
# votes with quorum and majority, attendance corrections, 民主评议 grades;
# every change lands in the change log.
. "$DATA/meetings-setup.sh"
echo "--- the committee"
zhibu meeting role 副书记 周八 --from 2026-11-01; echo "exit $?"
zhibu meeting role 书记 吴九 --from 2026-11-10; echo "exit $?"
zhibu meeting role 书记 吴九 --from 2026-11-12; echo "exit $?"
zhibu meeting role 书记 张三 --from 2026-11-01; echo "exit $?"
zhibu meeting role 组织委员 王芳; echo "exit $?"
zhibu meeting role 委员 "#4" --from 2026-11-01; echo "exit $?"
zhibu meeting role --end 孙七 --on 2026-11-15; echo "exit $?"
zhibu meeting role --end 孙七 --on 2026-11-16; echo "exit $?"
zhibu meeting role --on 2026-11-18
zhibu meeting role --all --format csv
zhibu meeting leader 第一党小组 李四; echo "exit $?"
zhibu meeting leader 第九党小组 李四; echo "exit $?"
echo "--- a minute from options: the committee on that day is expected"
zhibu meeting add --kind 支委会 --date 2026-11-18 --title "研究发展党员工作" --start 14:30 --end 15:30 \
	--place 党员活动室 --host 吴九 --recorder 李四 --absent "周八（出差）" \
	--agenda "研究确定发展对象" --agenda "其他事项" \
	--discussion "与会支委逐一讨论了入党积极分子的培养考察情况。" --decisions "同意确定张某为发展对象。"; echo "exit $?"
zhibu export minutes --id 104 | sed -n '/^应到/,/^缺席/p'
echo "--- votes: quorum and majority of the voting members who should attend"
zhibu meeting vote --id 104 --motion "确定张某为发展对象" --for 2 --against 0; echo "exit $?"
zhibu meeting vote --id 104 --motion "调整会议时间" --for 1 --against 1; echo "exit $?"
zhibu meeting vote --id 104 --motion "多出的票" --for 3 --against 0; echo "exit $?"
zhibu meeting add --kind 党员大会 --date 2026-11-19 --title "临时党员大会" --absent "张三、李四、孙七、周八、吴九"; echo "exit $?"
zhibu meeting vote --id 105 --motion "接收预备党员" --for 4 --against 0; echo "exit $?"
zhibu meeting vote --id 103 --motion "小组会表决" --for 3 --against 0; echo "exit $?"
zhibu meeting vote --id 999 --motion "不存在" --for 3 --against 0; echo "exit $?"
zhibu meeting vote --id 105 --for 3; echo "exit $?"
echo "--- attendance corrections"
zhibu meeting attend --id 104 --present 周八; echo "exit $?"
zhibu meeting attend --id 104 --absent "李四(临时公务)"; echo "exit $?"
zhibu meeting attend --id 104 --remove 吴九; echo "exit $?"
zhibu meeting attend --id 104 --present "无名氏、周八"; echo "exit $?"
zhibu meeting attend --id 104 --remove 欧阳建国; echo "exit $?"
echo "--- a minute from a file"
cat > minute.txt <<'TXT'
# 从纸质记录本补录
类型：谈心谈话
日期：2026年11月16日
主题：书记与新任副书记谈心谈话
主持人：吴九
记录人：学院组织员 刘某
出席：吴九、周八
内容：
　　吴九与周八就支部分工进行了谈心谈话。
TXT
zhibu meeting add --file minute.txt; echo "exit $?"
zhibu meeting list --period 2026-11 --kind 谈心谈话
echo "--- in \$EDITOR: a private folder, no shell, removed afterwards"
cat > ed.sh <<'SH'
mode=$1; f=$2
echo "$f" > editor-file.txt
stat -c %a "$(dirname "$f")" > editor-dir-mode.txt
case $mode in
fill) sed -i 's/^主题：.*/主题：学习党的二十届四中全会精神/; s/^内容：$/内容：\n　　集体学习全会公报，分组交流。/' "$f" ;;
bad) sed -i 's/^日期：.*/日期：2027-01-01/' "$f" ;;
fail) exit 3 ;;
esac
SH
EDITOR="sh ./ed.sh fill" zhibu meeting add --kind 主题党日 --date 2026-11-19 --absent "赵六(外出务工)" --edit; echo "exit $?"
cat editor-dir-mode.txt
[ -e "$(cat editor-file.txt)" ] || echo "file removed"
[ -e "$(dirname "$(cat editor-file.txt)")" ] || echo "folder removed"
zhibu export minutes --id 107 | sed -n '/^主题 /p; /^会议内容/p'
EDITOR="sh ./ed.sh bad" zhibu meeting add --kind 支委会 --date 2026-11-19 --edit </dev/null; echo "exit $?"
EDITOR="sh ./ed.sh same" zhibu meeting add --kind 支委会 --date 2026-11-19 --edit; echo "exit $?"
EDITOR="sh ./ed.sh fail" zhibu meeting add --kind 支委会 --date 2026-11-19 --edit; echo "exit $?"
EDITOR="no-such-editor --wait" zhibu meeting add --kind 支委会 --date 2026-11-19 --edit; echo "exit $?"
ls -d "${TMPDIR:-/tmp}"/zhibu-* 2>/dev/null | grep -c "$(dirname "$(cat editor-file.txt)")"
echo "--- correcting a minute in \$EDITOR leaves its attendance alone"
VISUAL="sh ./ed.sh fill" EDITOR=vi zhibu meeting edit --id 104 --edit; echo "exit $?"
zhibu export minutes --id 104 | sed -n '/^主题 /p; /^应到/,/^缺席/p'
zhibu meeting edit --id 104 --present 张三; echo "exit $?"
zhibu meeting edit --id 104 --date 2027-01-01; echo "exit $?"
echo "--- 民主评议: probationary members are not graded; 优秀 at most a third"
zhibu meeting grade --year 2025 张三=优秀 李四=优秀 孙七=优秀 周八=优秀 吴九=合格 郑十=合格 欧阳建国=合格 赵六=合格 \#10=合格; echo "exit $?"
zhibu meeting grade --year 2026 \#4=合格; echo "exit $?"
zhibu meeting grade --year 2025 \#4=合格; echo "exit $?"
zhibu meeting grade --year 2025 王芳=合格; echo "exit $?"
zhibu meeting grade --year 2025 张三=良好; echo "exit $?"
zhibu meeting grade --year 2025 张三=优秀 李四=优秀 孙七=优秀 周八=合格 吴九=合格 郑十=合格 欧阳建国=合格 赵六=基本合格 \#10=合格; echo "exit $?"
zhibu meeting grade --year 2025 --note "年度考核优秀" 周八=合格; echo "exit $?"
zhibu meeting grade --year 2025
echo "--- the change log"
sqlite3 "$ZHIBU_DB" "SELECT tbl, row_id, field, coalesce(old_value, '-'), coalesce(new_value, '-') FROM change_log WHERE tbl <> 'members' AND (tbl NOT IN ('meetings', 'meeting_attendance') OR row_id > 103) ORDER BY id"
echo "--- minutes, votes and grades are never deleted"
sqlite3 "$ZHIBU_DB" "DELETE FROM meetings WHERE id = 1"; echo "exit $?"
sqlite3 "$ZHIBU_DB" "DELETE FROM meeting_motions"; echo "exit $?"
sqlite3 "$ZHIBU_DB" "DELETE FROM evaluations"; echo "exit $?"
echo "--- usage"
zhibu meeting; echo "exit $?"
zhibu meeting fly; echo "exit $?"
zhibu meeting add; echo "exit $?"
zhibu meeting add --kind 支委会 --colour red; echo "exit $?"
zhibu meeting cancel --id 3; echo "exit $?"
zhibu meeting cancel --id 3 --reason 重复; zhibu meeting cancel --id 3 --reason 重复; echo "exit $?"
zhibu meeting role 主任 张三; echo "exit $?"
zhibu meeting grade 张三=优秀; echo "exit $?"
echo "--- committee terms are never deleted"
sqlite3 "$ZHIBU_DB" "DELETE FROM branch_roles"; echo "exit $?"
