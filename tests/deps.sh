#!/bin/sh
# Install what planmark's build and tests need, on Debian or Ubuntu, when
# running as root; otherwise name the command that would do it.
#   --build  only what the build needs (make demo, make all)
#   --check  never install: name the command and fail (a plain make)
build_only= check_only=
for a; do
	case $a in
	--build) build_only=1 ;;
	--check) check_only=1 ;;
	*) echo "usage: deps.sh [--build] [--check]" >&2; exit 2 ;;
	esac
done
missing=
command -v cc >/dev/null 2>&1 || missing="$missing gcc libc6-dev"
command -v make >/dev/null 2>&1 || missing="$missing make"
command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
if command -v pkg-config >/dev/null 2>&1; then
	pkg-config --exists libcmark || missing="$missing libcmark-dev"
	pkg-config --exists libpcre2-8 || missing="$missing libpcre2-dev"
else
	missing="$missing libcmark-dev libpcre2-dev"
fi
if [ -z "$build_only" ]; then
	command -v mandoc >/dev/null 2>&1 || missing="$missing mandoc"
	command -v jq >/dev/null 2>&1 || missing="$missing jq"
	command -v git >/dev/null 2>&1 || missing="$missing git"
	# plantally -i keeps extended attributes and ACLs: its tests set them.
	command -v setfattr >/dev/null 2>&1 || missing="$missing attr"
	command -v setfacl >/dev/null 2>&1 || missing="$missing acl"
fi
[ -n "$missing" ] || exit 0
if [ -z "$check_only" ] && [ "$(id -u)" = 0 ] &&
    command -v apt-get >/dev/null 2>&1; then
	echo "planmark: installing:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq $missing >/dev/null ||
	    { echo "planmark: apt-get install$missing failed" >&2; exit 1; }
	exit 0
fi
echo "planmark: missing:$missing" >&2
if [ "$(id -u)" = 0 ]; then
	echo "planmark: run: apt-get install$missing" >&2
else
	echo "planmark: run: sudo apt-get install$missing" >&2
fi
exit 1
