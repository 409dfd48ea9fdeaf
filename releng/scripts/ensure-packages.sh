#!/usr/bin/env bash
# Installs the Debian packages Flotilla needs and the machine lacks.
#   ensure-packages.sh            what the console needs: GTK 3, fonts, unzip and curl for the Maven wrapper
#   ensure-packages.sh --tests    and what the tests need: Xvfb, xauth, xwininfo (x11-utils), xdotool (real mouse clicks),
#                                 ip (iproute2: a node cut off in a network namespace), perl (a task that holds memory),
#                                 sshd and sudo (openssh-server, sudo: agents installed over SSH by org.flotilla.hosts.tests),
#                                 sysctl (procps: the sysctl-tuning package's steps), mkfs.ext4 (e2fsprogs: a history disk
#                                 that fails while the agent runs)
# As root it installs them with apt-get; otherwise it says which command to run.
set -euo pipefail

need=()
have_package() { dpkg -s "$1" >/dev/null 2>&1; }
have_package libgtk-3-0 || have_package libgtk-3-0t64 || need+=(libgtk-3-0)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
command -v curl >/dev/null 2>&1 || command -v wget >/dev/null 2>&1 || need+=(curl)
# fc-list comes with fontconfig, which a machine may lack while it has fonts: ask dpkg too, or the fonts are
# installed again on every run.
fc-list 2>/dev/null | grep -q . || have_package fonts-dejavu-core || need+=(fonts-dejavu-core)
if [ "${1:-}" = "--tests" ]; then
	command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
	command -v xauth >/dev/null 2>&1 || need+=(xauth)
	command -v xwininfo >/dev/null 2>&1 || need+=(x11-utils)
	command -v xdotool >/dev/null 2>&1 || need+=(xdotool)
	command -v ip >/dev/null 2>&1 || need+=(iproute2)
	command -v perl >/dev/null 2>&1 || need+=(perl-base)
	[ -x /usr/sbin/sshd ] || need+=(openssh-server)
	command -v sudo >/dev/null 2>&1 || need+=(sudo)
	command -v sysctl >/dev/null 2>&1 || need+=(procps)
	command -v mkfs.ext4 >/dev/null 2>&1 || need+=(e2fsprogs)
fi
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
	echo "flotilla: missing packages: ${need[*]}" >&2
	echo "  install them with: sudo apt-get install -y --no-install-recommends ${need[*]}" >&2
	exit 1
fi
echo "flotilla: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${need[@]}"
