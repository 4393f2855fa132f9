#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 QtEureka contributors
# SPDX-License-Identifier: Apache-2.0
# CI, as root: installs the Debian packages that ./dev package made, builds the consumer against
# the installed files with find_package(EurekaClient) and with pkg-config, runs the programs,
# reads their man pages, completes with the installed bash completion, and removes the packages.
set -euo pipefail
cd "$(dirname "$0")/../.."
packages_dir=${1:-build/packages}
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "$PWD/$packages_dir"/*.deb
trap 'apt-get purge -y -qq libeurekaclient0 libeurekaclient-dev eurekactl eureka-dashboard >/dev/null' EXIT
work=$(mktemp -d)
dpkg -L libeurekaclient0 | grep -q '/usr/lib/.*/libEurekaClient.so.0$'
cmake -S tests/package/consumer -B "$work/cmake" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/cmake" >/dev/null
"$work/cmake/consumer" | grep -q UP_1_
# shellcheck disable=SC2046 # the flags are words
c++ -std=c++17 -fPIC tests/package/consumer/main.cpp -o "$work/pkgconfig-consumer" $(pkg-config --cflags --libs eurekaclient)
"$work/pkgconfig-consumer" | grep -q UP_1_
eurekactl --version
QT_QPA_PLATFORM=offscreen eureka-dashboard --version
# The man pages and completions the programs generated at build time, where Debian looks for them.
MANWIDTH=100 man -P cat eurekactl | grep -q 'eurekactl probe'
MANWIDTH=100 man -P cat eureka-dashboard | grep -q -- '--server <url>'
bash --norc -c 'source /usr/share/bash-completion/completions/eurekactl
                COMP_LINE="eurekactl conv"; COMP_POINT=${#COMP_LINE}; _eurekactl
                [[ ${COMPREPLY[*]} == convert ]]'
dpkg -L eurekactl | grep -q '/usr/share/zsh/vendor-completions/_eurekactl$'
echo "packages: installed, consumer built with find_package and with pkg-config, programs, man pages and completions work"
