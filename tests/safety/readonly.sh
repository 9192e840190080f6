# A database on a read-only disk (issue 11): commands say so, doctor reads
# the file and reports it read-only, nothing is written.  Needs a private
# mount namespace (unshare -m as root); skipped where there is none.
zhibu demo --members 10 --seed 2 >/dev/null 2>&1
mkdir ro && cp "$ZHIBU_DB" ro/zhibu.db && sqlite3 ro/zhibu.db "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
before=$(md5sum ro/zhibu.db)
if ! unshare -m sh -c 'mount --bind ro ro && mount -o remount,ro,bind ro' 2>/dev/null; then
	echo "readonly: skipped (no private mount namespace here)"; exit 0
fi
unshare -m sh -c 'mount --bind ro ro && mount -o remount,ro,bind ro &&
	{ zhibu --db ro/zhibu.db check >out 2>err; echo $? >rc; zhibu --db ro/zhibu.db doctor >doctor 2>&1; echo $? >>rc; }'
grep -q "read-only disk" err || { echo "check: $(cat err)"; exit 1; }
[ "$(cat rc)" = "$(printf '1\n1')" ] || { echo "exit codes: $(cat rc)"; exit 1; }
grep -q "Access: ro/zhibu.db is on a read-only disk" doctor || { echo "doctor:"; cat doctor; exit 1; }
grep -q "ok  Kind: a zhibu database" doctor || { echo "doctor cannot read it:"; cat doctor; exit 1; }
[ "$(md5sum ro/zhibu.db)" = "$before" ] || { echo "the file changed"; exit 1; }
echo "readonly: diagnosed, nothing written"
