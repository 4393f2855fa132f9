#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 QtEureka contributors
# SPDX-License-Identifier: Apache-2.0
# CI, as root: installs the Debian packages that ./dev package made, builds the consumer against
# the installed files with find_package(EurekaClient) and with pkg-config, runs the programs,
# and removes the packages again.
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
echo "packages: installed, consumer built with find_package and with pkg-config, programs run"
