#!/usr/bin/env bash
# Gateway vs peers: the same tiny response ("hello from v1\n" from an nginx backend, 1 worker) measured in
# ONE run on loopback, directly and through nginx, HAProxy and Aviary, each proxy on one thread:
#   - HTTP/1.1 throughput and latency with wrk (-t1 -c64 -d10s --latency): one uncounted warm-up per peer,
#     then two measured runs per peer interleaved (direct, nginx, haproxy, aviary, direct, ...), best of two;
#   - CPU seconds per 1,000 requests of the process under test (utime+stime from /proc/PID/stat over the
#     measured run that is reported) and its VmRSS after the runs;
#   - HTTP/2 (h2c with prior knowledge) with h2load for the peers whose listener speaks it;
#   - added latency at a fixed 5,000 req/s (h2load --h1 --rps, per-request log) minus the direct figure.
# Prints a readable table, then the same as Markdown with the command line that produced it.
#
# Usage: bench/gateway-vs-peers.sh [-o FILE.md]
# Knobs (environment): DURATION (10s), WARMUP (5s), AVIARY_WARMUP (15s), CONNS (64), RATE (5000), RATE_DURATION (10),
#   H2_REQUESTS (200000), AVIARY_IO_THREADS (1), AVIARY_TRANSPORT (auto: io_uring, else epoll, else nio).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cmdline="bench/gateway-vs-peers.sh${*:+ $*}"
md_out=""
while [ $# -gt 0 ]; do
  case "$1" in
    -o) md_out="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
AVIARY_WARMUP=${AVIARY_WARMUP:-15s}   # the JVM needs its JIT warm-up (C2) before it is measured; the C peers do not
CONNS=${CONNS:-64}
RATE=${RATE:-5000}
RATE_DURATION=${RATE_DURATION:-10}
H2_REQUESTS=${H2_REQUESTS:-200000}
AVIARY_IO_THREADS=${AVIARY_IO_THREADS:-1}
AVIARY_TRANSPORT=${AVIARY_TRANSPORT:-auto}
envs=""
[ "$DURATION" = 10s ] || envs+="DURATION=$DURATION "
[ "$WARMUP" = 5s ] || envs+="WARMUP=$WARMUP "
[ "$AVIARY_WARMUP" = 15s ] || envs+="AVIARY_WARMUP=$AVIARY_WARMUP "
[ "$CONNS" = 64 ] || envs+="CONNS=$CONNS "
[ "$RATE" = 5000 ] || envs+="RATE=$RATE "
[ "$RATE_DURATION" = 10 ] || envs+="RATE_DURATION=$RATE_DURATION "
[ "$H2_REQUESTS" = 200000 ] || envs+="H2_REQUESTS=$H2_REQUESTS "
[ "$AVIARY_IO_THREADS" = 1 ] || envs+="AVIARY_IO_THREADS=$AVIARY_IO_THREADS "
[ "$AVIARY_TRANSPORT" = auto ] || envs+="AVIARY_TRANSPORT=$AVIARY_TRANSPORT "
cmdline="$envs$cmdline"

. "$root/bench/lib/loopback.sh"

log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }

# --- tools: install what is missing (Debian packages) ---------------------------------------------
need=()
command -v nginx >/dev/null || need+=(nginx-light)
command -v haproxy >/dev/null || need+=(haproxy)
command -v wrk >/dev/null || need+=(wrk)
command -v h2load >/dev/null || need+=(nghttp2-client)
command -v curl >/dev/null || need+=(curl)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
# nginx starts its master as this user; a package install may leave the default service running — we never use it.

# --- scratch dir and cleanup -------------------------------------------------------------------------
tmp=$(mktemp -d -t aviary-peers.XXXXXX)
pids=()
cleanup() {
  local rc=$?
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$p" 2>/dev/null || true
  done
  [ -n "${KEEP_TMP:-}" ] && echo "kept $tmp" >&2 || rm -rf "$tmp"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_http() { # url, seconds
  local i
  for i in $(seq $(( $2 * 10 ))); do
    curl -fsS -o /dev/null --max-time 1 "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "not answering: $1" >&2; return 1
}

bp=$(free_port); bp2=$(free_port)      # backend h1, backend h2c
np=$(free_port); np2=$(free_port)      # nginx h1, nginx h2c
hp=$(free_port); hp2=$(free_port)      # haproxy h1, haproxy h2c
ap=$(free_port); aadm=$(free_port)     # aviary listener (Gateway port 80), admin

# --- backend: nginx, 1 worker, fixed response ---------------------------------------------------------
# nginx 1.22 (Debian 12) has no `http2 on;` (1.25.1+); `listen ... http2` on a plain port is h2c with prior knowledge.
nginx_ver=$(nginx -v 2>&1 | sed 's/.*nginx\///')
if printf '%s\n1.25.1\n' "$nginx_ver" | sort -V -C; then h2listen() { echo "listen 127.0.0.1:$1 http2;"; }
else h2listen() { echo "listen 127.0.0.1:$1; http2 on;"; }; fi

mkdir -p "$tmp/b/logs" "$tmp/n/logs" "$tmp/h" "$tmp/a"
cat >"$tmp/b/nginx.conf" <<EOF
worker_processes 1; daemon off; pid $tmp/b/nginx.pid; error_log $tmp/b/error.log;
events { worker_connections 8192; }
http {
  access_log off;
  keepalive_requests 1000000;
  server { listen 127.0.0.1:$bp backlog=4096; location / { return 200 "hello from v1\n"; } }
  server { $(h2listen "$bp2") location / { return 200 "hello from v1\n"; } }
}
EOF
cat >"$tmp/n/nginx.conf" <<EOF
worker_processes 1; daemon off; pid $tmp/n/nginx.pid; error_log $tmp/n/error.log;
events { worker_connections 8192; }
http {
  access_log off;
  keepalive_requests 1000000;
  upstream backend { server 127.0.0.1:$bp; keepalive 128; keepalive_requests 1000000; }
  server {
    listen 127.0.0.1:$np backlog=4096;
    location / { proxy_pass http://backend; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
  server {
    $(h2listen "$np2")
    location / { proxy_pass http://backend; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
EOF
cat >"$tmp/h/haproxy.cfg" <<EOF
global
  nbthread 1
  maxconn 4096
defaults
  mode http
  option http-keep-alive
  http-reuse always
  timeout connect 5s
  timeout client 60s
  timeout server 60s
  timeout http-keep-alive 60s
frontend fe
  bind 127.0.0.1:$hp
  bind 127.0.0.1:$hp2 proto h2
  default_backend be
backend be
  server s1 127.0.0.1:$bp
EOF
gateway_config "$bp" >"$tmp/a/gateway.yaml"

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
log "load average before the run: $load_start (other work on this machine skews every figure; the interleaving only spreads it)"
log "starting backend, nginx, haproxy, aviary (io-threads $AVIARY_IO_THREADS) in $tmp"
nginx -p "$tmp/b" -c "$tmp/b/nginx.conf" 2>"$tmp/b/stderr" & pids+=($!); b_master=$!
nginx -p "$tmp/n" -c "$tmp/n/nginx.conf" 2>"$tmp/n/stderr" & pids+=($!); n_master=$!
haproxy -db -f "$tmp/h/haproxy.cfg" >"$tmp/h/out" 2>&1 & pids+=($!); h_pid=$!
(cd "$tmp/a" && exec "$root/bin/aviary" run "$tmp/a/gateway.yaml" --port-map "80=$ap" --admin "127.0.0.1:$aadm" \
   --state-dir "$tmp/a/state" --io-threads "$AVIARY_IO_THREADS" --transport "$AVIARY_TRANSPORT" >"$tmp/a/out" 2>&1) & pids+=($!); a_pid=$!
wait_http "http://127.0.0.1:$bp/" 20
wait_http "http://127.0.0.1:$np/" 20
wait_http "http://127.0.0.1:$hp/" 20
if ! wait_http "http://127.0.0.1:$aadm/ready" 180; then tail -20 "$tmp/a/out" >&2; exit 1; fi
# The subshell execs the launcher, which execs java: $a_pid is the JVM.
worker_of() { local c; for _ in $(seq 50); do c=$(pgrep -P "$1" | head -1) && [ -n "$c" ] && { echo "$c"; return; }; sleep 0.1; done; echo "$1"; }
b_worker=$(worker_of "$b_master"); n_worker=$(worker_of "$n_master")
for peer in direct nginx haproxy aviary; do
  case $peer in direct) p=$bp;; nginx) p=$np;; haproxy) p=$hp;; aviary) p=$ap;; esac
  body=$(curl -fsS --max-time 5 "http://127.0.0.1:$p/") || { echo "$peer does not answer on $p" >&2; exit 1; }
  [ "$body" = "hello from v1" ] || { echo "$peer answered '$body'" >&2; exit 1; }
done

port_of() { case $1 in direct) echo $bp;; nginx) echo $np;; haproxy) echo $hp;; aviary) echo $ap;; esac; }
h2port_of() { case $1 in direct) echo $bp2;; nginx) echo $np2;; haproxy) echo $hp2;; aviary) echo $ap;; esac; }
pid_of() { case $1 in direct) echo $b_worker;; nginx) echo $n_worker;; haproxy) echo $h_pid;; aviary) echo $a_pid;; esac; }
rss_pids() { case $1 in direct) echo "$b_master $b_worker";; nginx) echo "$n_master $n_worker";; haproxy) echo $h_pid;; aviary) echo $a_pid;; esac; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }  # utime + stime, in clock ticks (fields after "(comm)" never contain spaces here)
hz=$(getconf CLK_TCK)
peers=(direct nginx haproxy aviary)
res="$tmp/results"; : >"$res"
put() { echo "$1 $2 $3" >>"$res"; }   # peer key value

cat >"$tmp/parse.py" <<'PY'
import re, sys
def ms(v):
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", v)
    n, u = float(m.group(1)), m.group(2)
    return n * {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 6e4}[u]
def pct(xs, q):
    xs = sorted(xs); return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else float("nan")
kind = sys.argv[1]
if kind == "wrk":
    t = open(sys.argv[2]).read()
    rps = re.search(r"Requests/sec:\s+([\d.]+)", t)
    p50 = re.search(r"^\s+50%\s+(\S+)", t, re.M); p99 = re.search(r"^\s+99%\s+(\S+)", t, re.M)
    total = re.search(r"(\d+) requests in", t)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", t); se = re.search(r"Socket errors: (.*)", t)
    errs = int(bad.group(1)) if bad else 0
    if se: errs += sum(int(x) for x in re.findall(r"\d+", se.group(1)))
    print(rps.group(1) if rps else 0, ms(p50.group(1)) if p50 else "nan", ms(p99.group(1)) if p99 else "nan",
          total.group(1) if total else 0, errs)
elif kind == "h2":  # h2load stdout, per-request log -> rps ok failed p50 p99
    t = open(sys.argv[2]).read()
    rps = re.search(r"finished in [\d.]+\w+, ([\d.]+) req/s", t)
    req = re.search(r"requests: \d+ total, \d+ started, \d+ done, (\d+) succeeded, (\d+) failed, (\d+) errored", t)
    st = re.search(r"status codes: (\d+) 2xx", t)
    lat = []
    try:
        for line in open(sys.argv[3]):
            f = line.split("\t")
            if len(f) >= 3 and f[1].startswith("2"): lat.append(int(f[2]) / 1000.0)
    except FileNotFoundError: pass
    ok = int(st.group(1)) if st else 0
    failed = (int(req.group(2)) + int(req.group(3))) if req else -1
    print(rps.group(1) if rps else 0, ok, failed, pct(lat, .5), pct(lat, .99), len(lat))
PY
parse() { python3 "$tmp/parse.py" "$@"; }

run_wrk() { # peer duration outfile -> prints wrk's own CPU seconds (getrusage of the child)
  python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[2:], stdout=open(sys.argv[1], "w"), stderr=subprocess.STDOUT)
u = resource.getrusage(resource.RUSAGE_CHILDREN); print(f"{u.ru_utime + u.ru_stime:.3f}")' \
    "$3" wrk -t1 -c"$CONNS" -d"$2" --latency "http://127.0.0.1:$(port_of "$1")/"
}
sys_busy() { awk '/^cpu / { print $2 + $3 + $4 }' /proc/stat; }   # user+nice+system ticks of the whole machine
sys_steal() { awk '/^cpu / { print $9 }' /proc/stat; }             # ticks the hypervisor gave to other guests
now() { date +%s.%N; }

# --- HTTP/1.1: warm-up, then two interleaved measured rounds --------------------------------------------
for peer in "${peers[@]}"; do
  w=$WARMUP; [ "$peer" != aviary ] || w=$AVIARY_WARMUP
  log "warm-up $peer ($w, not counted)"
  run_wrk "$peer" "$w" "$tmp/warm-$peer.txt" >/dev/null
done
# "other CPU": machine-wide user+system time during the run that is not the proxy, the backend or wrk, in % of
# one core -- other work on the machine (a build, tests) that competed with this run. Approximate (softirq time
# of loopback traffic is accounted separately and left out on both sides).
for round in 1 2; do
  for peer in "${peers[@]}"; do
    pid=$(pid_of "$peer"); c0=$(cpu_ticks "$pid"); k0=$(cpu_ticks "$b_worker"); s0=$(sys_busy); st0=$(sys_steal); t0=$(now)
    wrk_cpu=$(run_wrk "$peer" "$DURATION" "$tmp/wrk-$peer-$round.txt")
    c1=$(cpu_ticks "$pid"); k1=$(cpu_ticks "$b_worker"); s1=$(sys_busy); st1=$(sys_steal); t1=$(now)
    read -r rps p50 p99 total errs < <(parse wrk "$tmp/wrk-$peer-$round.txt")
    read -r cpu other steal < <(python3 -c "
c, k, s, hz, el = $c1 - $c0, $k1 - $k0, $s1 - $s0, $hz, $t1 - $t0
ours = c + (k if '$peer' != 'direct' else 0)
print(f'{c / hz / max($total, 1) * 1000:.4f}', f'{max(0.0, (s - ours) / hz - $wrk_cpu) / el * 100:.0f}', f'{($st1 - $st0) / hz / el * 100:.0f}')")
    log "round $round $peer: $rps req/s p50 ${p50}ms p99 ${p99}ms errors $errs cpu/1k ${cpu}s; wrk ${wrk_cpu}s CPU; other CPU ${other}%, steal ${steal}%"
    echo "$peer $round $rps $p50 $p99 $total $errs $cpu $other/$steal" >>"$tmp/h1-runs"
  done
done
# best of two by requests/s; latency and CPU reported from that same run
for peer in "${peers[@]}"; do
  best=$(awk -v p="$peer" '$1 == p' "$tmp/h1-runs" | sort -k3,3gr | head -1)
  read -r _ round rps p50 p99 total errs cpu busy <<<"$best"
  other=$(awk -v p="$peer" -v r="$round" '$1 == p && $2 != r { print $3 }' "$tmp/h1-runs")
  put "$peer" rps "$rps"; put "$peer" rps_other "$other"; put "$peer" p50 "$p50"; put "$peer" p99 "$p99"
  put "$peer" busy "$busy"
  put "$peer" errs "$errs"; put "$peer" cpu "$cpu"
done

# --- HTTP/2 h2c prior knowledge -------------------------------------------------------------------------
for peer in "${peers[@]}"; do
  port=$(h2port_of "$peer")
  # probe: a listener that does not speak h2c fails (or times out) on a few requests
  if ! timeout 15 h2load -c1 -m1 -n20 "http://127.0.0.1:$port/" >"$tmp/h2probe-$peer.txt" 2>&1 \
     || ! grep -q 'status codes: 20 2xx' "$tmp/h2probe-$peer.txt"; then
    log "h2c $peer: not supported ($(grep -m1 -E 'failed|No protocol|error' "$tmp/h2probe-$peer.txt" | tr -s ' ' | head -c 120))"
    put "$peer" h2 unsupported; continue
  fi
  timeout 60 h2load -c1 -m10 -n20000 "http://127.0.0.1:$port/" >/dev/null 2>&1 || true   # warm-up
  timeout 120 h2load -c16 -m10 -n"$H2_REQUESTS" --log-file="$tmp/h2log-$peer" "http://127.0.0.1:$port/" \
    >"$tmp/h2-$peer.txt" 2>&1 || true
  read -r rps ok failed p50 p99 n < <(parse h2 "$tmp/h2-$peer.txt" "$tmp/h2log-$peer")
  log "h2c $peer: $rps req/s, $ok 2xx, $failed failed, p50 ${p50}ms p99 ${p99}ms"
  put "$peer" h2 "$rps"; put "$peer" h2_p50 "$p50"; put "$peer" h2_p99 "$p99"; put "$peer" h2_failed "$failed"
done

# --- fixed rate: HTTP/1.1 keep-alive, $RATE req/s spread over 20 connections ------------------------------
# Two interleaved rounds like the wrk runs; per peer the round with the lower p99 is reported.
clients=20; per=$(( RATE / clients ))
for round in 1 2; do
  for peer in "${peers[@]}"; do
    rlog="$tmp/ratelog-$peer-$round"; rm -f "$rlog"
    timeout $(( RATE_DURATION + 30 )) h2load --h1 -c"$clients" --rps "$per" -D "$RATE_DURATION" --warm-up-time 1 \
      --log-file="$rlog" "http://127.0.0.1:$(port_of "$peer")/" >"$tmp/rate-$peer-$round.txt" 2>&1 || true
    read -r rps ok failed p50 p99 n < <(parse h2 "$tmp/rate-$peer-$round.txt" "$rlog")
    log "fixed rate round $round $peer: $rps req/s achieved, $n logged, p50 ${p50}ms p99 ${p99}ms"
    echo "$peer $round $rps $p50 $p99 $failed" >>"$tmp/rate-runs"
  done
done
for peer in "${peers[@]}"; do
  read -r _ _ rps p50 p99 failed < <(awk -v p="$peer" '$1 == p' "$tmp/rate-runs" | sort -k5,5g | head -1)
  put "$peer" rate_rps "$rps"; put "$peer" rate_p50 "$p50"; put "$peer" rate_p99 "$p99"; put "$peer" rate_failed "$failed"
done

# --- memory after the runs ---------------------------------------------------------------------------------
for peer in "${peers[@]}"; do
  kb=0; for p in $(rss_pids "$peer"); do kb=$(( kb + $(awk '/^VmRSS/ { print $2 }' "/proc/$p/status") )); done
  put "$peer" rss_kb "$kb"
done

# --- report ----------------------------------------------------------------------------------------------
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
jdk=$({ "$(readlink -f "/proc/$a_pid/exe")" -version 2>&1 || true; } | sed -n 2p)
nginx_v=$(nginx -v 2>&1 | sed 's/.*: //' || true)
haproxy_v=$({ haproxy -v || true; } | head -1 | awk '{print "HAProxy " $3}')
wrk_v=$({ wrk -v 2>&1 || true; } | head -1 | awk '{print "wrk " $2}')   # wrk -v exits 1
h2load_v=$({ h2load --version || true; } | head -1)
aviary_io=$(sed -n 's/^I\/O: //p' "$tmp/a/out" | head -1)
facts="$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPUs ($cpu_model); load average before/after $load_start / $(cut -d' ' -f1-3 /proc/loadavg); $jdk; Aviary I/O: $aviary_io; $nginx_v; $haproxy_v; $wrk_v; $h2load_v"
python3 - "$res" "$cmdline" "$facts" "$RATE" "$CONNS" "$DURATION" "$AVIARY_IO_THREADS" "$md_out" <<'PY'
import sys, math
res, cmd, facts, rate, conns, dur, iot, md_out = sys.argv[1:9]
d = {}
for line in open(res):
    p, k, v = line.split(None, 2); d.setdefault(p, {})[k] = v.strip()
peers = ["direct", "nginx", "haproxy", "aviary"]
names = {"direct": "direct (backend)", "nginx": "nginx (1 worker)", "haproxy": "HAProxy (nbthread 1)", "aviary": f"Aviary (--io-threads {iot})"}
def f(p, k, fmt="{:.0f}"):
    v = d[p].get(k)
    try: x = float(v)
    except (TypeError, ValueError): return v or "-"
    return "-" if math.isnan(x) else fmt.format(x)
def num(p, k):
    try: return float(d[p][k])
    except Exception: return float("nan")
def added(p, k):
    if p == "direct": return "-"
    x = num(p, k) - num("direct", k)
    return "-" if math.isnan(x) else f"{x:+.3f}"
def h2(p):
    return "not supported yet" if d[p].get("h2") == "unsupported" else f(p, "h2")
head = ["peer", "req/s (best of 2)", "other run", "p50 ms", "p99 ms", "errors", "CPU s / 1k req", "other / steal CPU %", "RSS MiB",
        "h2c req/s", "h2c p50 / p99 ms", f"added p50 ms @{rate}/s", f"added p99 ms @{rate}/s"]
rows = []
for p in peers:
    h2lat = "-" if d[p].get("h2") == "unsupported" else f"{f(p,'h2_p50','{:.2f}')} / {f(p,'h2_p99','{:.2f}')}"
    rows.append([names[p], f(p, "rps"), f(p, "rps_other"), f(p, "p50", "{:.3f}"), f(p, "p99", "{:.3f}"), f(p, "errs"),
                 f(p, "cpu", "{:.4f}"), f(p, "busy"), f"{num(p, 'rss_kb') / 1024:.1f}", h2(p), h2lat, added(p, "rate_p50"), added(p, "rate_p99")])
rate_note = ", ".join(f"{p} {f(p, 'rate_p50', '{:.3f}')} / {f(p, 'rate_p99', '{:.3f}')} ms at {f(p, 'rate_rps')} req/s" for p in peers)
def ratio(a, b, k="rps"):
    x, y = num(a, k), num(b, k)
    return "-" if not (x > 0 and y > 0) else f"{x / y:.2f}x"
ratios = [("Aviary / nginx, HTTP/1.1 req/s", ratio("aviary", "nginx")),
          ("Aviary / HAProxy, HTTP/1.1 req/s", ratio("aviary", "haproxy")),
          ("HAProxy / nginx, HTTP/1.1 req/s", ratio("haproxy", "nginx")),
          ("Aviary / nginx, CPU per request", ratio("aviary", "nginx", "cpu")),
          ("Aviary / HAProxy, CPU per request", ratio("aviary", "haproxy", "cpu"))]
if d["aviary"].get("h2") != "unsupported":
    ratios += [("Aviary / nginx, h2c req/s", ratio("aviary", "nginx", "h2")), ("Aviary / HAProxy, h2c req/s", ratio("aviary", "haproxy", "h2"))]
# readable table
w = [max(len(str(r[i])) for r in [head] + rows) for i in range(len(head))]
out = sys.stdout
print("\n" + facts)
print(f"wrk -t1 -c{conns} -d{dur} --latency; h2load -c16 -m10 (h2c prior knowledge); fixed rate: h2load --h1 -c20 --rps (p50/p99 minus direct)\n")
for r in [head] + rows:
    print("  ".join(str(c).rjust(w[i]) if i else str(c).ljust(w[i]) for i, c in enumerate(r)))
print()
for k, v in ratios: print(f"{k:36s} {v}")
print(f"fixed-rate absolute p50 / p99: {rate_note}")
# markdown
md = [f"Command: `{cmd}`", "", f"Machine: {facts}", "",
      f"HTTP/1.1: `wrk -t1 -c{conns} -d{dur} --latency` after an uncounted warm-up (5 s; Aviary 15 s for the JIT), two interleaved runs per peer, best of two "
      "(p50/p99 and CPU from that run). h2c: `h2load -c16 -m10 -n<N>` with prior knowledge. Added latency: "
      f"`h2load --h1 -c20 --rps {int(rate)//20}` ({rate} req/s), p50/p99 from the per-request log minus the direct figure, two interleaved rounds, the round with the lower p99. "
      "CPU: utime+stime of the process under test over the measured wrk run (nginx: the worker; Aviary: the JVM; direct: the backend worker). "
      "Other CPU %: user+system CPU of the whole machine during that run that was not the proxy, the backend or wrk, in % of one core "
      "(other work competing for the cores; approximate), and the steal time the hypervisor reported, same unit. RSS: VmRSS after all runs (nginx: master + worker).", "",
      "| " + " | ".join(head) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in range(len(head))) + "|"]
md += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
md += ["", "| ratio | value |", "|---|---:|"] + [f"| {k} | {v} |" for k, v in ratios]
md += ["", f"Fixed-rate absolute p50 / p99: {rate_note}."]
text = "\n".join(md) + "\n"
print("\n----- Markdown -----\n")
print(text)
if md_out: open(md_out, "w").write(text)
PY
