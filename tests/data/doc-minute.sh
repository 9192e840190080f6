# Shared by the doc_*.sh golden tests: a branch of 41 members, its contact
# settings, and a 支部党员大会 of 40 present with a long record (two pages)
# and three votes.
zhibu init --branch 示范学院计算机学院教工第一党支部 --contact 王海燕 --phone 0571-88881234 --place 党员活动室 2>/dev/null
zhibu import members "$DATA/doc-members.csv" 2>/dev/null
{
	echo "议题："
	echo "一、传达学习上级党委有关文件精神"
	echo "（二）讨论发展党员工作"
	echo "3. 其他事项"
	echo "内容："
	for n in 1 2 3 4 5 6 7 8 9 10 11 12 13 14; do
		echo "　　第${n}段：支部书记传达了上级党委关于加强基层党组织建设的文件精神，要求全体党员结合本职工作认真学习，做到学思用贯通、知信行统一。与会党员围绕如何发挥先锋模范作用进行了交流发言，大家一致认为，要把学习成果转化为推动教学科研和服务师生的实际行动，切实增强党支部的政治功能和组织力。"
	done
	echo "决议："
	echo "会议同意接收吴国强同志为中共预备党员，同意支部年度工作计划，由支委会负责组织落实。"
} > minute.txt
zhibu meeting add --kind 支部党员大会 --date 2026-06-26 --start 14:30 --end 17:00 --place 党员活动室 \
	--title "2026年第2季度支部党员大会" --host 赵建华 --recorder 钱晓明 --absent "孙丽（出差）" \
	--file minute.txt 2>/dev/null
zhibu meeting vote --id 1 --motion "关于接收吴国强同志为中共预备党员的决议" --for 38 --against 1 --abstain 1 2>/dev/null
zhibu meeting vote --id 1 --motion "关于支部年度工作计划的决议" --for 40 --against 0 --abstain 0 2>/dev/null
zhibu meeting vote --id 1 --motion "关于调整党小组设置的决议" --for 15 --against 20 --abstain 5 2>/dev/null
zhibu meeting add --kind 支部委员会 --date 2026-03-05 --place 党员活动室 --title 研究发展党员工作 \
	--host 赵建华 --recorder 钱晓明 --present 赵建华,钱晓明,孙丽 --discussion 讨论了本年度发展党员计划。 2>/dev/null
