#!/usr/bin/env bash
# Builds the demo page and prints the file:// address to open; opens it in the
# desktop browser when there is a display.
# Usage: scripts/demo.sh [--no-open]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build.sh
page="$(pwd)/www/index.html"
[ -f "$page" ] || { echo "demo: $page is missing" >&2; exit 1; }
url="file://$page"
echo
echo "Open the fact sheet: $url"
if [ "${1:-}" != "--no-open" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; } \
  && command -v xdg-open >/dev/null; then
  xdg-open "$url" >/dev/null 2>&1 &
fi
