# 公示: the text with its period in working days (5 by default, a setting;
# holidays and worked weekend days count as recorded).
zhibu init --branch 示范学院计算机学院教工第一党支部 2>/dev/null
zhibu import members "$DATA/pipeline-members.csv" 2>/dev/null
zhibu import candidates "$DATA/pipeline-candidates.csv" 2>/dev/null
echo "--- 发展对象 from today, Friday 2026-11-20: to Thursday"
zhibu report notice --kind 发展对象 --person 吴刚; echo "exit $?"
echo "--- 接收, posted on Monday 2026-09-28 over the National Day holiday"
zhibu candidate holiday 2026-10-01 --to 2026-10-07 --name 国庆节; echo "exit $?"
zhibu candidate holiday 2026-10-10 --working --name 国庆节调休; echo "exit $?"
zhibu candidate holiday
zhibu report notice --kind 接收 --person 吴刚 --from 2026-09-28 | grep 公示时间
echo "--- recorded: too short is refused; the vote waits for its end"
zhibu candidate notice 吴刚 --kind 接收 --from 2026-09-28 --to 2026-10-08; echo "exit $?"
zhibu candidate notice 吴刚 --kind 接收 --from 2026-09-28; echo "exit $?"
zhibu report notice --kind 接收 --person 吴刚 | grep 公示时间
zhibu candidate step 吴刚 15 --date 2026-10-09 --vote 30,26,24,1,1; echo "exit $?"
echo "--- a notice after the step it comes before is refused"
zhibu candidate notice 郑丽 --kind 接收 --from 2026-09-28; echo "exit $?"
echo "--- 转正 for a 预备党员; 7 working days"
zhibu candidate settings --notice-days 7; echo "exit $?"
zhibu report notice --kind 转正 --person 孙磊 --as-of 2026-12-21; echo "exit $?"
echo "--- not at that stage"
zhibu report notice --kind 转正 --person 吴刚; echo "exit $?"
zhibu report notice --kind 发展对象 --person 陈晨; echo "exit $?"
zhibu report notice --kind 公开 --person 陈晨; echo "exit $?"
zhibu report notice --kind 转正; echo "exit $?"
