#!/bin/sh
# Make sure the build and test dependencies are present.  On Debian (and its
# derivatives) missing packages are installed with apt-get when we are root or
# may sudo without a password; otherwise the exact command is printed.
set -u

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
need libminizip-dev pc minizip
need libexpat1-dev pc expat
need libfreexl-dev pc freexl
need libcmocka-dev pc cmocka
need gettext have msgfmt
need gettext have xgettext
need sqlite3 have sqlite3
need unzip have unzip
need tmux have tmux
need mandoc have mandoc
need valgrind have valgrind
need gnumeric have ssconvert

[ -z "$missing" ] && exit 0

# Each package once, in order.
pkgs=$(printf '%s\n' $missing | awk '!seen[$0]++' | tr '\n' ' ')
cmd="apt-get install -y --no-install-recommends $pkgs"

if ! command -v apt-get >/dev/null 2>&1; then
	echo "zhibu: missing build dependencies (Debian package names): $pkgs" >&2
	echo "zhibu: install their equivalents with your system's package manager, then run make again." >&2
	exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
	sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	sudo="sudo"
else
	echo "zhibu: missing build dependencies: $pkgs" >&2
	echo "zhibu: install them with:" >&2
	echo "    sudo apt-get update && sudo $cmd" >&2
	exit 1
fi

echo "zhibu: installing build dependencies: $pkgs" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >&2 || { echo "zhibu: apt-get update failed; run: $sudo apt-get update && $sudo $cmd" >&2; exit 1; }
$sudo $cmd >&2 || { echo "zhibu: could not install; run: $sudo $cmd" >&2; exit 1; }
