# Documents as PDF (cairo + pango, the fonts subset with HarfBuzz): the
# year's minutes of a branch that holds about 300 meetings a year, as one PDF
# with its contents page, and a single 公示; each beside the same document as
# text, which reads the same records and skips only the layout.  Memory
# goal 60 MB.
DOCDB="$WORK/documents.db"
"$ZHIBU" --db "$DOCDB" demo --members 250 --seed 7 >/dev/null 2>&1
year=${ZHIBU_TODAY%%-*}
nyear=$(sqlite3 "$DOCDB" "SELECT count(*) FROM meetings WHERE date LIKE '$year-%' AND cancelled = 0")
measure min_txt "$ZHIBU" --db "$DOCDB" export minutes --year "$year" -o "$WORK/minutes.txt"
measure min_pdf "$ZHIBU" --db "$DOCDB" export minutes --year "$year" -o "$WORK/minutes.pdf"
pages=$(pdfinfo "$WORK/minutes.pdf" | sed -n 's/^Pages: *//p')
row "export minutes --year pdf ($nyear, ${pages}p)" "$min_pdf_s" "$min_pdf_kb" 3 "the same as text" "$min_txt_s" "" 60
who=$(sqlite3 "$DOCDB" "SELECT c.id_number FROM candidates c WHERE EXISTS (SELECT 1 FROM candidate_steps s WHERE s.candidate_id = c.id AND s.step = 7) AND NOT EXISTS (SELECT 1 FROM candidate_steps s WHERE s.candidate_id = c.id AND s.step = 12) LIMIT 1")
measure notice_txt "$ZHIBU" --db "$DOCDB" report notice --kind 发展对象 --person "$who" -o "$WORK/notice.txt"
measure notice_pdf "$ZHIBU" --db "$DOCDB" report notice --kind 发展对象 --person "$who" -o "$WORK/notice.pdf"
row "report notice pdf (one 公示)" "$notice_pdf_s" "$notice_pdf_kb" 0.2 "the same as text" "$notice_txt_s" "" 60
