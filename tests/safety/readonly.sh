# A database on a read-only disk and one with a -shm file left read-only
# (issue 11): commands say which, doctor reads the file and reports it
# read-only, nothing is written.  Needs root (setpriv to another user, a
# private mount namespace with unshare -m); skipped where there is none.
# The messages it looks for are the English ones (the msgids).
export LANGUAGE=en
zhibu demo --members 10 --seed 2 >/dev/null 2>&1
mkdir ro && cp "$ZHIBU_DB" ro/zhibu.db && sqlite3 ro/zhibu.db "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
before=$(md5sum ro/zhibu.db)
# A -shm file left 0400 (the database was opened read-only once): a write
# names that file.  As another user (nobody), since root ignores modes.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
	d=$(mktemp -d /tmp/zhibu-shm.XXXXXX)
	trap 'rm -rf "$d"' EXIT
	chmod 755 "$d" && cp ro/zhibu.db "$d/zhibu.db" && head -c 32768 /dev/zero > "$d/zhibu.db-shm"
	# Its own copy of zhibu: the build may sit where nobody cannot go (/root).
	cp "$(command -v zhibu)" "$d/zhibu" && chmod 755 "$d/zhibu"
	chown -R 65534 "$d" && chmod 400 "$d/zhibu.db-shm"
	as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$d" PATH="$d:$PATH" "$@"; }
	as_nobody zhibu --db "$d/zhibu.db" dues mark-paid --month 2026-12 >out 2>err && { echo "shm: the write went through"; exit 1; }
	grep -q "zhibu.db-shm is read-only" err || { echo "shm: $(cat err)"; exit 1; }
	as_nobody zhibu --db "$d/zhibu.db" doctor >doctor 2>&1 || true
	grep -q "Access: .*zhibu.db-shm is read-only" doctor || { echo "shm doctor:"; cat doctor; exit 1; }
	echo "readonly: a read-only -shm is named by the command and by doctor"
fi
if ! unshare -m sh -c 'mount --bind ro ro && mount -o remount,ro,bind ro' 2>/dev/null; then
	echo "readonly: skipped the read-only disk (no private mount namespace here)"; exit 0
fi
unshare -m sh -c 'mount --bind ro ro && mount -o remount,ro,bind ro &&
	{ zhibu --db ro/zhibu.db check >out 2>err; echo $? >rc; zhibu --db ro/zhibu.db doctor >doctor 2>&1; echo $? >>rc; }'
grep -q "read-only disk" err || { echo "check: $(cat err)"; exit 1; }
[ "$(cat rc)" = "$(printf '1\n1')" ] || { echo "exit codes: $(cat rc)"; exit 1; }
grep -q "Access: ro/zhibu.db is on a read-only disk" doctor || { echo "doctor:"; cat doctor; exit 1; }
grep -q "ok  Kind: a zhibu database" doctor || { echo "doctor cannot read it:"; cat doctor; exit 1; }
[ "$(md5sum ro/zhibu.db)" = "$before" ] || { echo "the file changed"; exit 1; }
echo "readonly: diagnosed, nothing written"
