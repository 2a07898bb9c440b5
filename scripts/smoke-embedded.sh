#!/usr/bin/env bash
# Starts the portal as a new user does (`npm start`, embedded database, demo community),
# checks /api/health and a demo sign-in, and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${SMOKE_PORT:-3187}"
data_dir="$(mktemp -d)"
log="$(mktemp)"
DATABASE_URL='' DATA_DIR="$data_dir" PORT="$port" setsid npm start >"$log" 2>&1 &
pid=$!
stop() { kill -TERM -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data_dir"; }
trap stop EXIT
started=$SECONDS
until curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1; do
  if ! kill -0 "$pid" 2>/dev/null || (( SECONDS - started > 120 )); then cat "$log"; echo "the embedded start failed"; exit 1; fi
  sleep 1
done
echo "embedded start answered /api/health after $((SECONDS - started))s"
grep -q 'Demo sign-ins' "$log" || { cat "$log"; echo "no demo sign-ins printed"; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' -H "origin: http://127.0.0.1:$port" \
  -d '{"email":"montse.vidal@tertulia.example","password":"tertulia-demo"}' "http://127.0.0.1:$port/api/auth/login")
[ "$status" = 200 ] || { echo "demo sign-in answered $status"; exit 1; }
curl -fsS "http://127.0.0.1:$port/admin/members" | grep -qi '<!doctype html' || { echo "the portal is not served"; exit 1; }
echo "demo sign-in and portal: ok"
