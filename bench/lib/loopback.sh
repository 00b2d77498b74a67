# Sourced by the bench scripts: free ports, the nginx backend they measure against, and Aviary's config for it.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# The gateway in front of the backend on port $1 (bench/lib/gateway.yaml with that port), on stdout.
gateway_config() {
  sed -e '/^#/d' -e "s/BACKEND_PORT/$1/" "$(dirname "${BASH_SOURCE[0]}")/gateway.yaml"
}

# Starts nginx (1 worker, daemon) in folder $1 answering "hello from v1\n" on 127.0.0.1:$2; stop it with
# stop_hello_backend $1.
start_hello_backend() {
  mkdir -p "$1"
  cat >"$1/nginx.conf" <<CONF
worker_processes 1; pid $1/nginx.pid; error_log $1/error.log; daemon on;
events { worker_connections 4096; }
http { access_log off; server { listen 127.0.0.1:$2 backlog=4096; location / { return 200 "hello from v1\n"; } } }
CONF
  nginx -p "$1" -c "$1/nginx.conf"
}

stop_hello_backend() {
  [ -f "$1/nginx.pid" ] && kill -TERM "$(cat "$1/nginx.pid")" 2>/dev/null || true
}
