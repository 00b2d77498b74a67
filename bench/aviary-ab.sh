#!/usr/bin/env bash
# Aviary A/B: two Aviary gateways side by side on one nginx backend (1 worker, "hello from v1\n"), measured in
# interleaved rounds so that the other tenants of a shared machine disturb both alike. Each round runs
# `wrk -t1 -c64` against A and B (the order alternates), and reads the event-loop thread's user and system CPU
# from /proc over each run. Prints every round's B/A req/s ratio, their geometric mean, and the mean CPU per
# request of each side.
#
# Usage: bench/aviary-ab.sh [--jar-a JAR] [--jar-b JAR] [--opts-a "JVM OPTIONS"] [--opts-b "JVM OPTIONS"]
#                           [--args-a "RUN ARGS"] [--args-b "RUN ARGS"]
#   JARs default to cli/target/aviary.jar (build it first: ./mvnw -q -B -DskipTests -pl cli -am package).
#   JVM options default to the launcher's for `aviary run`. RUN ARGS are extra `aviary run` arguments,
#   e.g. --args-b "--transport epoll".
# Knobs (environment): ROUNDS (12), DURATION (4s), WARMUP (12s), CONNS (64).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bin/jdk.sh"
require_jdk
default_opts="-XX:+UseParallelGC -Xms256m -Xmx512m -Xmn128m -Dio.netty.allocator.type=pooled -XX:PerMethodTrapLimit=0"  # bin/aviary's for `run`
jdk_feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null || true)
if [ -n "$jdk_feature" ] && [ "$jdk_feature" -ge 24 ]; then default_opts+=" --sun-misc-unsafe-memory-access=allow"; fi
jar_a="$root/cli/target/aviary.jar"; jar_b="$jar_a"; opts_a="$default_opts"; opts_b="$default_opts"; args_a=""; args_b=""
while [ $# -gt 0 ]; do
  case "$1" in
    --jar-a) jar_a="$2"; shift 2 ;;
    --jar-b) jar_b="$2"; shift 2 ;;
    --opts-a) opts_a="$2"; shift 2 ;;
    --opts-b) opts_b="$2"; shift 2 ;;
    --args-a) args_a="$2"; shift 2 ;;
    --args-b) args_b="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
ROUNDS=${ROUNDS:-12}; DURATION=${DURATION:-4s}; WARMUP=${WARMUP:-12s}; CONNS=${CONNS:-64}
for tool in nginx wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool missing (apt-get install nginx-light wrk curl python3)" >&2; exit 1; }
done
for jar in "$jar_a" "$jar_b"; do [ -f "$jar" ] || { echo "no such jar: $jar" >&2; exit 1; }; done

. "$root/bench/lib/loopback.sh"
tmp=$(mktemp -d -t aviary-ab.XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  stop_hello_backend "$tmp/b"
  rm -rf "$tmp"
}
trap cleanup EXIT
bp=$(free_port); pa=$(free_port); pb=$(free_port)
start_hello_backend "$tmp/b" "$bp"
mkdir -p "$tmp/cfg"
gateway_config "$bp" >"$tmp/cfg/gateway.yaml"

start() { # side jar opts args port
  mkdir -p "$tmp/$1"
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED $3 -jar "$2" run "$tmp/cfg" --port-map "80=$5" \
      --admin 127.0.0.1:0 --state-dir "$tmp/$1/state" --io-threads 1 $4 >"$tmp/$1/out" 2>&1 &
  pids+=($!)
}
start a "$jar_a" "$opts_a" "$args_a" "$pa"; pid_a=${pids[-1]}
start b "$jar_b" "$opts_b" "$args_b" "$pb"; pid_b=${pids[-1]}
for port in $pa $pb; do
  for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.25; done
  curl -sf "http://127.0.0.1:$port/" >/dev/null || { cat "$tmp/a/out" "$tmp/b/out" >&2; exit 1; }
done
io_thread() { # pid -> /proc path of its first event-loop thread
  for t in /proc/"$1"/task/*; do [ "$(cat "$t/comm")" = "aviary-io-1-1" ] && { echo "$t"; return; }; done
  echo "/proc/$1"
}
ta=$(io_thread "$pid_a"); tb=$(io_thread "$pid_b")
echo "A: $(sed -n 's/^I\/O: //p' "$tmp/a/out" | head -1); $jar_a; $opts_a $args_a" >&2
echo "B: $(sed -n 's/^I\/O: //p' "$tmp/b/out" | head -1); $jar_b; $opts_b $args_b" >&2
wrk -t1 -c"$CONNS" -d"$WARMUP" "http://127.0.0.1:$pa/" >/dev/null
wrk -t1 -c"$CONNS" -d"$WARMUP" "http://127.0.0.1:$pb/" >/dev/null

measure() { # thread port -> "req/s user_us sys_us"
  local u0 s0 u1 s1 out
  read -r u0 s0 < <(awk '{print $14, $15}' "$1/stat")
  out=$(wrk -t1 -c"$CONNS" -d"$DURATION" "http://127.0.0.1:$2/")
  read -r u1 s1 < <(awk '{print $14, $15}' "$1/stat")
  python3 - "$out" "$u0" "$s0" "$u1" "$s1" "$(getconf CLK_TCK)" <<'PY'
import re, sys
out, u0, s0, u1, s1, hz = sys.argv[1], *map(int, sys.argv[2:7])
n = int(re.search(r"(\d+) requests in", out).group(1)); rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
print(rps, (u1 - u0) / hz * 1e6 / n, (s1 - s0) / hz * 1e6 / n)
PY
}
results=()
for round in $(seq "$ROUNDS"); do
  if [ $((round % 2)) = 1 ]; then a=$(measure "$ta" "$pa"); b=$(measure "$tb" "$pb")
  else b=$(measure "$tb" "$pb"); a=$(measure "$ta" "$pa"); fi
  echo "round $round: A $a | B $b" >&2
  results+=("$a $b")
done
python3 - "${results[@]}" <<'PY'
import math, statistics as st, sys
rows = [list(map(float, r.split())) for r in sys.argv[1:]]
ratios = [r[3] / r[0] for r in rows]
mean = lambda i: st.mean(r[i] for r in rows)
print("B/A req/s per round: " + " ".join(f"{x:.3f}" for x in ratios))
print(f"B/A req/s geometric mean: {math.exp(st.mean(map(math.log, ratios))):.3f} ({sum(x > 1 for x in ratios)} of {len(ratios)} rounds > 1)")
print(f"A: {mean(0):.0f} req/s, event loop {mean(1):.2f} us user + {mean(2):.2f} us sys per request")
print(f"B: {mean(3):.0f} req/s, event loop {mean(4):.2f} us user + {mean(5):.2f} us sys per request")
PY
