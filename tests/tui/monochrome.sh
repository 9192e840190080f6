# NO_COLOR and a terminal without colours (vt100) show the same screens,
# with bold, underline and reverse video only.
roster
cat > script <<'SCRIPT'
# zhibu opens on 首页: 2 goes to the members.
key 2
dump list
key / 
type 张
key Enter Enter
dump details
key Esc Esc a
dump form
SCRIPT
for how in colour nocolor vt100; do
	mkdir $how
	case $how in
	colour) ZHIBU_SCRIPT=script zhibu ;;
	nocolor) NO_COLOR=1 ZHIBU_SCRIPT=script zhibu ;;
	vt100) TERM=vt100 ZHIBU_SCRIPT=script zhibu ;;
	esac
	check "$how: exit 0" test $? -eq 0
	mv list details form $how/
done
for f in list details form; do
	check "$f: NO_COLOR shows the same" cmp -s colour/$f nocolor/$f
	check "$f: vt100 shows the same" cmp -s colour/$f vt100/$f
done
check "the details were shown" grep -q "张三：正式党员，正常" colour/details
