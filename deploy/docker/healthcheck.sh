#!/bin/bash
# Container health probe: GET http://127.0.0.1:${PORT}${PATH} and succeed on
# HTTP 200. Uses bash's /dev/tcp, so the runtime image needs no curl.
#   healthcheck.sh [path] [port]      defaults: /healthz 9464
# Exit 0 healthy, 1 otherwise (Docker's HEALTHCHECK contract).
set -u
path=${1:-/healthz}
port=${2:-${NEWSWIRE_METRICS_PORT:-9464}}
exec 3<>"/dev/tcp/127.0.0.1/${port}" 2>/dev/null || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3
read -r -t 5 status_line <&3 || exit 1
exec 3>&-
case "$status_line" in
  "HTTP/1."[01]" 200 "*) exit 0 ;;
  *) exit 1 ;;
esac
