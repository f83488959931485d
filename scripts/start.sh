#!/usr/bin/env bash
# Builds the extension from a fresh checkout and opens it in Chromium with a fresh profile.
# Without a display it builds and says how to load the extension by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
npm run build --silent
extension="$PWD/.output/chrome-mv3"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat <<MSG

Built: $extension
No display here, so nothing to open. To try it, in Chrome, Edge or Chromium:
  1. open chrome://extensions and switch on Developer mode;
  2. click "Load unpacked" and choose $extension;
  3. visit https://chatgpt.com/ and paste a fake key such as
     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
MSG
  exit 0
fi

profile=$(mktemp -d)
exec /usr/bin/chromium --user-data-dir="$profile" --no-first-run \
  --disable-extensions-except="$extension" --load-extension="$extension" \
  "chrome-extension://gnnfcldoeebcbacblmagechhgcomgkla/popup.html" https://chatgpt.com/
