# 民主测评 of the branch committee by the members: anonymous ballots (an
# empty cell makes a ballot invalid), averages ×100 half up with two
# decimals, the result below 80, the batch it offers, totals from paper,
# the blank form, and the to-dos.
zhibu init --branch "测试党支部" >/dev/null 2>&1
zhibu review add --year 2026 --held 2026-12-01 --expected 10 --returned 11; echo "exit $?"
zhibu review add --year 2026 --held 2026-12-01 --expected 10; echo "exit $?"
zhibu review add --year 2026 --held 2026-12-01 --expected 10 --returned 4; echo "exit $?"
cat > ballots.csv <<'CSV'
票号,领导班子建设,队伍建设,工作机制,工作业绩,作风形象,发展思路
1,80,70,75,90,85,72
2,78,66,80,88,82,70
3,90,,80,80,80,80
CSV
echo "--- ballots"
zhibu import review-ballots ballots.csv; echo "exit $?"
zhibu import review-ballots ballots.csv --review 测评#1; echo "exit $?"
cat > more.csv <<'CSV'
票号,领导班子建设,队伍建设,工作机制,工作业绩,作风形象,发展思路
3,80,70,75,90,85,72
4,78,66,101,88,82,七十
5,70,70,70,70,70,70
CSV
zhibu import review-ballots more.csv --review 1; echo "exit $?"
printf '票号,领导班子建设,队伍建设\n9,80,80\n' > short.csv
zhibu import review-ballots short.csv --review 1; echo "exit $?"
echo "--- the result: 2 valid (ballot 3 left an area empty), 78.00 below 80"
zhibu report review --year 2026; echo "exit $?"
zhibu report review --year 2026 --format csv; echo "exit $?"
zhibu report review --year 2025; echo "exit $?"
echo "--- it offers a 整改 batch (source 民主测评) with the areas below 80"
zhibu review to-rectify 测评#1; echo "exit $?"
zhibu report rectify-summary | grep 民主测评
echo "--- to-dos: report upward within 15 days, feed back at a 党员大会 by the end of the next quarter"
zhibu check --as-of 2026-12-10; echo "exit $?"
zhibu check --as-of 2027-03-10 | grep 测评
zhibu review reported 测评#1 --date 2026-12-12; echo "exit $?"
zhibu review fed-back 测评#1 --meeting 会议#1; echo "exit $?"
ZHIBU_TODAY=2027-01-15 zhibu meeting add --kind 党员大会 --date 2027-01-10 --title 反馈测评结果 2>/dev/null; echo "exit $?"
zhibu review fed-back 测评#1 --meeting 会议#1; echo "exit $?"
zhibu check --as-of 2027-03-10 | grep -c '^测评'
echo "--- totals counted on paper instead of ballots"
zhibu review add --year 2025 --held 2025-12-20 --expected 30 --returned 28; echo "exit $?"
zhibu review totals 测评#2 --valid 29 领导班子建设=2600; echo "exit $?"
zhibu review totals 测评#2 --valid 27 领导班子建设=2600 队伍建设=2500; echo "exit $?"
zhibu review totals 测评#2 --valid 27 领导班子建设=2600 队伍建设=2500 工作机制=2400 工作业绩=2300 \
	作风形象=2200 发展思路=2000 茶话=1; echo "exit $?"
zhibu review totals 测评#2 --valid 27 领导班子建设=2600 队伍建设=2500 工作机制=2400 工作业绩=2300 \
	作风形象=2200 发展思路=2000; echo "exit $?"
zhibu import review-ballots ballots.csv --review 2; echo "exit $?"
zhibu report review --year 2025; echo "exit $?"
zhibu review void 测评#2; echo "exit $?"
zhibu review void 测评#2 --reason 录入错误; echo "exit $?"
zhibu report review --year 2025 | tail -1
echo "--- six areas, equal weights, a setting"
sqlite3 zhibu.db "INSERT INTO settings(key, value) VALUES ('review.areas', '班子团结:2、作风形象'), ('review.threshold', '85')"
zhibu review add --year 2027 --held 2027-12-01 --expected 3 --returned 2; echo "exit $?"
printf '票号,班子团结,作风形象\n1,90,60\n2,90,60\n' > w.csv
zhibu import review-ballots w.csv --review 3; echo "exit $?"
zhibu report review --year 2027; echo "exit $?"
echo "--- the blank form"
zhibu report review-form --year 2027; echo "exit $?"
