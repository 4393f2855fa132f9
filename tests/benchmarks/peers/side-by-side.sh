#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 QtEureka contributors
# SPDX-License-Identifier: Apache-2.0
#
# One registry file, three readers, one run: simdjson's DOM parse and our decode (bench_codec),
# and eureka-js-client from npm (installed into a scratch folder on first use).
#   tests/benchmarks/peers/side-by-side.sh [instances] [build dir]     (defaults: 10000 build)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
instances=${1:-10000}
build=${2:-build}
work=${EUREKA_PEER_BENCH_DIR:-/tmp/eureka-peer-bench}
mkdir -p "$work"
file="$work/registry-$instances.json"

"$build/tests/benchmarks/bench_codec" --write "$instances" "$file"
if [ ! -d "$work/node_modules/eureka-js-client" ]; then
    (cd "$work" && npm install --no-audit --no-fund --silent eureka-js-client@4.5.0)
fi
NODE_PATH="$work/node_modules" node "$here/bench-eureka-js.js" "$file" 21
"$build/tests/benchmarks/bench_codec" --realistic-only "$instances"
