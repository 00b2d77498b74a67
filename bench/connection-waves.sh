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
tmp=$(mktemp -d -t aviary-waves.XXXXXX)
aviary_pid=""
cleanup() {
  [ -n "$aviary_pid" ] && kill -TERM "$aviary_pid" 2>/dev/null || true
  [ -f "$tmp/b/nginx.pid" ] && kill -TERM "$(cat "$tmp/b/nginx.pid")" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
bp=$(free_port); ap=$(free_port)
mkdir -p "$tmp/b" "$tmp/cfg"
cat >"$tmp/b/nginx.conf" <<EOF
worker_processes 1; pid $tmp/b/nginx.pid; error_log $tmp/b/error.log; daemon on;
events { worker_connections 4096; }
http { access_log off; server { listen 127.0.0.1:$bp backlog=4096; location / { return 200 "hello from v1\n"; } } }
EOF
nginx -p "$tmp/b" -c "$tmp/b/nginx.conf"
sed "s/BACKEND_PORT/$bp/" >"$tmp/cfg/gateway.yaml" <<'EOF'
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: next-gateway, namespace: default}
spec:
  selector: {istio: ingressgateway}
  servers:
  - port: {number: 80, name: http, protocol: HTTP}
    hosts: ["*"]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: next-virtual-service, namespace: default}
spec:
  hosts: ["*"]
  gateways: [next-gateway]
  http:
  - route:
    - destination: {host: next-service, subset: v1, port: {number: 80}}
---
apiVersion: v1
kind: Service
metadata: {name: next-service, namespace: default}
spec:
  selector: {app: next}
  ports: [{name: http, protocol: TCP, port: 80, targetPort: 3000}]
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: next-destination-rule, namespace: default}
spec:
  host: next-service
  subsets:
  - {name: v1, labels: {version: v1}}
---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata: {name: next-v1, namespace: default}
spec:
  address: 127.0.0.1
  ports: {http: BACKEND_PORT}
  labels: {app: next, version: v1}
EOF
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
