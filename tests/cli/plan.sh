# The year's 党建工作计划: import, adoption, items typed or bound to an
# indicator (computed from the records), the plan report, the to-dos, and
# the half-yearly 支委会 tagged 党建工作专题.
. "$DATA/meetings-setup.sh"
cat > plan.csv <<'CSV'
序号,类别,工作任务,具体措施,完成时限,责任人,指标,目标
1,组织建设,按期召开支部党员大会,每季度一次,2026-12,张三,支部党员大会,4
2,思想建设,开展主题党日活动,每月一次,12月,孙七,主题党日,12
3,组织建设,发展党员,按程序发展,2026-12-31,李四,接收预备党员,1
4,制度建设,修订支部议事规则,,2026-06,张三,,
5,服务群众,走访困难党员,,2026-09-30,孙七,,
CSV
echo "--- import"
zhibu import plan plan.csv; echo "exit $?"
zhibu import plan plan.csv --year 2026; echo "exit $?"
cat > bad.csv <<'CSV'
序号,类别,工作任务,具体措施,完成时限,责任人,指标,目标
1,组织,x,,2026-06,张三,,
2,其他,,,2026-06,张三,,
3,其他,x,,2026-13,张三,,
4,其他,x,,2026-06,张三,发展党员,2
5,其他,x,,2026-06,张三,主题党日,
6,其他,x,,2026-06,张三,,3
CSV
zhibu import plan bad.csv --year 2026; echo "exit $?"
echo "--- the to-do until the plan is adopted (due 01-31), then items by their due date"
zhibu check --as-of 2026-01-20 | grep 计划
zhibu plan adopt --year 2026 --date 2026-01-05 --meeting 会议#61; echo "exit $?"
zhibu check --as-of 2026-01-20 | grep -c 未通过
zhibu plan add --year 2026 --area 党风廉政建设 --task 开展廉政教育 --owner 张三 --due 2026-11; echo "exit $?"
zhibu plan add --year 2026 --area 廉政 --task x --owner 张三 --due 2026-11; echo "exit $?"
zhibu plan add --year 2026 --area 其他 --task x --owner 张三 --due 2026-11 --target 3; echo "exit $?"
zhibu plan start 计划#5; echo "exit $?"
zhibu plan done 计划#4 --date 2026-06-20 --evidence 会议#30; echo "exit $?"
zhibu plan done 计划#1 --date 2026-06-20; echo "exit $?"
zhibu plan cancel 计划#6; echo "exit $?"
zhibu plan cancel 计划#6 --reason 并入主题党日; echo "exit $?"
echo "--- the report: bound items computed from the records (as of 2026-06-30 and today)"
zhibu report plan --year 2026 --as-of 2026-06-30; echo "exit $?"
zhibu report plan --year 2026 --format csv; echo "exit $?"
zhibu report plan; echo "exit $?"
echo "--- to-dos today"
zhibu check | grep -E '计划|专题'
echo "--- a 支委会 tagged 党建工作专题 each half year"
zhibu meeting tag 会议#70 党建工作专题; echo "exit $?"
zhibu meeting tag 会议#70 茶话会; echo "exit $?"
zhibu meeting tag 会议#999 党建工作专题; echo "exit $?"
zhibu check --as-of 2026-07-01 | grep -c 专题
zhibu check --as-of 2026-12-10 | grep 专题
