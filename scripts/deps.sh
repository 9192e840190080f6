#!/bin/sh
# Make sure the dependencies are present.  `deps.sh` (make all, make run):
# what building and running zhibu need; `deps.sh test` (make check): that
# and what the tests need.  On Debian (and its derivatives) missing packages
# are installed with apt-get when we are root or may sudo without a
# password; otherwise the exact command is printed (with sudo and with su).
set -u
mode=${1:-build}

missing=""
need() { # need PACKAGE TEST...
	pkg=$1; shift
	if ! "$@" >/dev/null 2>&1; then
		missing="$missing $pkg"
	fi
}
have() { command -v "$1"; }
pc() { pkg-config --exists "$1"; }
hdr() { printf '#include <%s>\n' "$1" | ${CC:-cc} -E -x c - ; }

need build-essential have cc
need build-essential have make
need pkg-config have pkg-config
need libncurses-dev pc ncursesw
need libsqlite3-dev pc sqlite3
need libxlsxwriter-dev pc xlsxwriter
# `pkg-config --libs xlsxwriter` says -lz, and Debian's libxlsxwriter-dev
# does not pull in zlib's development files.
need zlib1g-dev pc zlib
# Reading spreadsheets: .xlsx (zip + XML) and .xls.
need libminizip-dev pc minizip
need libexpat1-dev pc expat
need libfreexl-dev pc freexl
# Documents as PDF: cairo and pango, HarfBuzz's subsetter, a CJK font.
need libcairo2-dev pc cairo-pdf
need libpango1.0-dev pc pangocairo
need libharfbuzz-dev pc harfbuzz-subset
need fonts-noto-cjk sh -c 'fc-list | grep -q "Noto Serif CJK SC"'
need gettext have msgfmt
need gettext have xgettext
what="build dependencies"
if [ "$mode" = test ]; then
	what="build and test dependencies"
	need libcmocka-dev pc cmocka
	need sqlite3 have sqlite3
	need unzip have unzip
	need tmux have tmux
	need mandoc have mandoc
	need valgrind have valgrind
	need poppler-utils have pdftotext
	need gnumeric have ssconvert
	# A CSV round trip through LibreOffice (tests/cli/csv_libreoffice.sh).
	need libreoffice-calc-nogui have soffice
fi

[ -z "$missing" ] && exit 0

# Each package once, in order.
pkgs=$(printf '%s\n' $missing | awk '!seen[$0]++' | tr '\n' ' ')
cmd="apt-get install -y --no-install-recommends $pkgs"

if ! command -v apt-get >/dev/null 2>&1; then
	echo "zhibu: missing $what (Debian package names): $pkgs" >&2
	echo "zhibu: install their equivalents with your system's package manager, then run make again." >&2
	exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
	sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	sudo="sudo"
else
	echo "zhibu: missing $what: $pkgs" >&2
	echo "zhibu: install them as root, with either of:" >&2
	echo "    su -c 'apt-get update && $cmd'" >&2
	echo "    sudo apt-get update && sudo $cmd" >&2
	exit 1
fi

echo "zhibu: installing $what: $pkgs" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >&2 || { echo "zhibu: apt-get update failed; run: $sudo apt-get update && $sudo $cmd" >&2; exit 1; }
$sudo $cmd >&2 || { echo "zhibu: could not install; run: $sudo $cmd" >&2; exit 1; }
