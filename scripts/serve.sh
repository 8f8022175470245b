#!/usr/bin/env bash
# Serves dist/web on http://127.0.0.1:${PORT:-8080}/ (loopback only) and prints the address.
#   scripts/serve.sh                 in the foreground (Ctrl+C stops it)
#   scripts/serve.sh --background    in the background; pid in ${PIDFILE:-dist/serve.pid}, log in dist/serve.log
#   scripts/serve.sh --stop          stops the background server started that way
# python3's http.server with two additions: .mjs/.wasm get their proper types (strict module
# loading needs text/javascript), and every response carries the page's Content-Security-Policy
# as a header too, so the analysis worker (which does not inherit the page's <meta> policy) is
# held to connect-src 'none' as well.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
PORT="${PORT:-8080}"
DIR="${SERVE_DIR:-$ROOT/dist/web}"
PIDFILE="${PIDFILE:-$ROOT/dist/serve.pid}"
mode="${1:-}"

if [ "$mode" = "--stop" ]; then
  if [ -f "$PIDFILE" ]; then kill "$(cat "$PIDFILE")" 2>/dev/null || true; rm -f "$PIDFILE"; fi
  exit 0
fi
[ -f "$DIR/index.html" ] || die "$DIR/index.html is missing: run scripts/build.sh web"

read -r -d '' SERVER <<'PY' || true
import http.server, sys, functools
CSP = ("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'none'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'")
class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm',
                      '.json': 'application/json', '.css': 'text/css', '.html': 'text/html; charset=utf-8'}
    def end_headers(self):
        self.send_header('Content-Security-Policy', CSP)
        self.send_header('X-Content-Type-Options', 'nosniff')
        self.send_header('Referrer-Policy', 'no-referrer')
        self.send_header('Cache-Control', 'no-cache')
        super().end_headers()
    def log_message(self, fmt, *args):
        sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))
port, directory = int(sys.argv[1]), sys.argv[2]
server = http.server.ThreadingHTTPServer(('127.0.0.1', port), functools.partial(Handler, directory=directory))
print(f"ownercheck page: http://127.0.0.1:{server.server_address[1]}/", flush=True)
server.serve_forever()
PY

if [ "$mode" = "--background" ]; then
  if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    kill "$(cat "$PIDFILE")" 2>/dev/null || true
  fi
  mkdir -p "$(dirname "$PIDFILE")"
  nohup python3 -c "$SERVER" "$PORT" "$DIR" >"$ROOT/dist/serve.log" 2>&1 &
  echo $! >"$PIDFILE"
  for _ in $(seq 50); do
    grep -q '^ownercheck page:' "$ROOT/dist/serve.log" 2>/dev/null && break
    kill -0 "$(cat "$PIDFILE")" 2>/dev/null || { cat "$ROOT/dist/serve.log" >&2; die "the server did not start (port $PORT in use?)"; }
    sleep 0.1
  done
  head -1 "$ROOT/dist/serve.log"
  echo "(pid $(cat "$PIDFILE"); stop with scripts/serve.sh --stop)"
else
  exec python3 -c "$SERVER" "$PORT" "$DIR"
fi
