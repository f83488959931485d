#!/usr/bin/env bash
# Builds and zips the extension for Chrome, Edge and Firefox in one go, plus the sources zip that
# Mozilla asks for with a Firefox submission. WXT packs every file of the project into that
# sources zip except dot-files, node_modules and .output, so ignored local files (a signing key,
# test artefacts) would ship too: they are taken out and the result is checked before it is listed.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in zip unzip git; do
  if ! command -v "$tool" >/dev/null; then
    echo "package-all: '$tool' is missing (Debian: apt-get install -y $tool)." >&2
    exit 1
  fi
done

if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "package-all: run this in a git checkout: .gitignore decides what the sources zip omits." >&2
  exit 1
fi

# Names that must never leave the machine, whether or not .gitignore mentions them.
KEY_FILES='[^/]*\.(pem|key|crx|p12|pfx|jks|keystore)'
SECRET_NAMES="(^|/)(\\.env(\\..*)?|\\.npmrc|id_(rsa|dsa|ecdsa|ed25519)(\\.pub)?|$KEY_FILES)\$"

rm -f .output/*.zip

npx wxt zip -b chrome
npx wxt zip -b edge
npx wxt zip -b firefox

# Entries of the sources zip that are secret-like or ignored by git.
unwanted_entries() {
  unzip -Z1 "$1" | grep -E "$SECRET_NAMES" || true
  unzip -Z1 "$1" | git check-ignore --no-index --stdin || true
}

for sources in .output/*-sources.zip; do
  mapfile -t unwanted < <(unwanted_entries "$sources" | sort -u)
  if [ "${#unwanted[@]}" -gt 0 ]; then
    echo "package-all: removing ${#unwanted[@]} ignored or secret-like entries from $sources:"
    printf '  %s\n' "${unwanted[@]:0:20}"
    [ "${#unwanted[@]}" -le 20 ] || echo "  … and $((${#unwanted[@]} - 20)) more"
    zip -q -d -nw "$sources" "${unwanted[@]}"
  fi

  left="$(unwanted_entries "$sources")"
  if [ -n "$left" ]; then
    echo "package-all: $sources still holds files that must not ship:" >&2
    echo "$left" >&2
    rm -f "$sources"
    exit 1
  fi
done

echo
echo "Zips in .output:"
for zip_file in .output/*.zip; do
  printf '  %-48s %8s\n' "$zip_file" "$(du -h "$zip_file" | cut -f1)"
done
