#!/usr/bin/env bash
# Runs every HouseSafe test: Maven (unit tests, then PostgreSQL/PostGIS and browser integration
# tests) and the front end's `node --test`. As root it first installs the Debian packages those
# tests need; otherwise it says what is missing, and those tests skip locally (fail under CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."

on_ci=false
packages_note=""
[ "${CI:-}" = "true" ] && on_ci=true

packages=(postgresql-15-postgis-3 chromium chromium-driver gdal-bin fonts-wqy-microhei python3-qgis qgis-providers)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  [ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
else
  echo "test.sh: dpkg-query not found (not Debian?); not checking system packages: ${packages[*]}" >&2
fi

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "test.sh: installing missing packages: ${missing[*]}"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "test.sh: missing packages: ${missing[*]}" >&2
    echo "test.sh: install them with: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    echo "test.sh: continuing; tests that need them skip (they fail under CI=true)" >&2
    packages_note="; not installed: ${missing[*]}"
  fi
fi

maven=failed
if mvn -B verify "$@"; then
  maven=passed
fi

node_result="not run (no web/test)"
node_ok=true
if [ -d web/test ]; then
  if command -v node >/dev/null 2>&1; then
    node_log="$(mktemp)"
    if (cd web && node --test) 2>&1 | tee "$node_log"; then
      node_result=passed
    else
      node_result=failed
      node_ok=false
    fi
    node_count="$(grep -Eo '^(# |ℹ )tests [0-9]+' "$node_log" | grep -Eo '[0-9]+$' | tail -1 || true)"
    rm -f "$node_log"
    node_result="$node_result (${node_count:-?} tests)"
  elif [ "$on_ci" = true ]; then
    echo "test.sh: node is not on PATH; CI=true needs it for web/test (apt-get install nodejs)" >&2
    node_result="failed (node missing)"
    node_ok=false
  else
    echo "test.sh: node is not on PATH; skipping web/test (install nodejs to run it)" >&2
    node_result="skipped (node missing)"
  fi
fi

if [ "$maven" = passed ] && [ "$node_ok" = true ]; then
  echo "test.sh: SUMMARY: PASS (maven verify: $maven; node --test: $node_result$packages_note)"
else
  echo "test.sh: SUMMARY: FAIL (maven verify: $maven; node --test: $node_result$packages_note)"
  exit 1
fi
