# 发展: the pipeline report (every candidate's stage, next step, deadlines and
# state, from all their records) beside sqlite3 reading the bare rows the
# report starts from: each candidate with its steps.
ncand=$(sqlite3 "$DB" "SELECT count(*) FROM candidates")
measure base_pipe sh -c "sqlite3 -csv '$DB' 'SELECT c.id, c.name, s.step, s.date FROM candidates c LEFT JOIN candidate_steps s ON s.candidate_id = c.id ORDER BY c.id, s.step' > '$WORK/pipe-base.csv'"
measure pipe "$ZHIBU" --db "$DB" report pipeline --format csv -o "$WORK/pipeline.csv"
row "report pipeline csv ($ncand candidates)" "$pipe_s" "$pipe_kb" 0.1 "sqlite3 -csv candidates+steps" "$base_pipe_s"
measure pipe_xlsx "$ZHIBU" --db "$DB" report pipeline --format xlsx -o "$WORK/pipeline.xlsx"
row "report pipeline xlsx" "$pipe_xlsx_s" "$pipe_xlsx_kb" 0.1 "sqlite3 -csv candidates+steps" "$base_pipe_s"
