#!/usr/bin/env bash
# Connection waves: how `aviary run --io-threads 1` serves the first seconds of a wave of new connections that
# follows a spell of idleness, the shape of ../shared/checks/gateway-vs-nginx (a warm-up, a pause while nginx is
# measured, then new connections). After a 5 s warm-up and each 8 s pause it runs five 1 s `wrk -t1 -c64` slices
# (64 new connections each) and prints their req/s, then the first slice of each wave as a fraction of the same
# wave's last three. A JIT deoptimization storm shows as a low first slice.
#
# Usage: bench/connection-waves.sh [WAVES]   (default 2)
#   JVM options: the launcher's for `aviary run`; AVIARY_JAVA_OPTS replaces them, as it does for bin/aviary.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
waves=${1:-2}
for tool in nginx wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool missing (apt-get install nginx-light wrk curl python3)" >&2; exit 1; }
done
. "$root/bench/lib/loopback.sh"
tmp=$(mktemp -d -t aviary-waves.XXXXXX)
aviary_pid=""
cleanup() {
  [ -n "$aviary_pid" ] && kill -TERM "$aviary_pid" 2>/dev/null || true
  stop_hello_backend "$tmp/b"
  rm -rf "$tmp"
}
trap cleanup EXIT
bp=$(free_port); ap=$(free_port)
start_hello_backend "$tmp/b" "$bp"
mkdir -p "$tmp/cfg"
gateway_config "$bp" >"$tmp/cfg/gateway.yaml"
"$root/bin/aviary" run "$tmp/cfg" --port-map "80=$ap" --admin 127.0.0.1:0 --state-dir "$tmp/state" --io-threads 1 \
    >"$tmp/aviary.out" 2>&1 &
aviary_pid=$!
for _ in $(seq 600); do curl -sf "http://127.0.0.1:$ap/" >/dev/null && break; sleep 0.25; done
curl -sf "http://127.0.0.1:$ap/" >/dev/null || { cat "$tmp/aviary.out" >&2; exit 1; }
rps() { wrk -t1 -c64 -d"$1" "http://127.0.0.1:$ap/" | awk '/Requests\/sec/{printf "%d", $2}'; }
echo "warm-up 5 s: $(rps 5s) req/s"
for wave in $(seq "$waves"); do
  sleep 8
  slices=()
  for _ in 1 2 3 4 5; do slices+=("$(rps 1s)"); done
  python3 - "$wave" "${slices[@]}" <<'PY'
import sys
wave, slices = sys.argv[1], list(map(int, sys.argv[2:]))
later = sum(slices[2:]) / 3
print(f"wave {wave}: " + " ".join(map(str, slices)) + f" req/s; first second {slices[0] / later:.2f}x of the last three")
PY
done
