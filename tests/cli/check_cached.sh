# Today's `zhibu check` with the usual 30 days is the list 首页 shows: while
# 首页's cache is current the rows are read from it (here the cache is
# altered by hand to prove it), and after any write they are collected
# again.  Another day or window never reads the cache.
export XDG_CACHE_HOME="$PWD/cache"
zhibu demo >/dev/null 2>&1
zhibu check --format csv > fresh.csv; echo "exit $?"
echo "dump home.txt" > home.script
ZHIBU_SCRIPT=home.script zhibu >/dev/null 2>&1; echo "the app: exit $?"
cache=$(ls cache/zhibu/home-*.cache)
zhibu check --format csv > cached.csv; echo "exit $?"
cmp fresh.csv cached.csv && echo "the same rows from the cache"
echo "--- the cache altered: 主题党日 → 主题党目 (as many bytes)"
sed -i 's/主题党日/主题党目/g' "$cache"
echo "today: $(zhibu check --format csv | grep -c 主题党目)"
echo "--within 31: $(zhibu check --format csv --within 31 | grep -c 主题党目)"
echo "--as-of 2026-11-21: $(zhibu check --format csv --as-of 2026-11-21 | grep -c 主题党目)"
echo "--- after a write"
zhibu dues mark-paid --month 2026-11 >/dev/null; echo "exit $?"
zhibu check --format csv > after.csv; echo "exit $?"
echo "主题党目 $(grep -c 主题党目 after.csv), 主题党日 $(grep -c 主题党日 after.csv)"
