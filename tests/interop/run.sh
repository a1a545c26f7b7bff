#!/usr/bin/env bash
# Interop check against real MicroPython: compiles the conformance corpus with our mpy-cross and runs each .mpy on
# MicroPython's WebAssembly port (from the npm registry), comparing with MicroPython compiling the source itself.
# Needs node and npm. Exit status 0 when every script prints the same both ways.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$here/../.."
corpus="$(mktemp -d)"
trap 'rm -rf "$corpus"' EXIT
(cd "$here" && npm install --no-audit --no-fund --silent >/dev/null)
"$root/mpy-cross" --version >/dev/null # builds the tool once
for f in "$root"/tests/conformance/*/*.py; do
  area="$(basename "$(dirname "$f")")"
  base="$(basename "$f" .py)"
  case "$base" in _*) continue ;; esac
  [ "$area" = imports ] && continue
  name="${area}_${base}"
  cp "$f" "$corpus/$name.py"
  "$root/artifacts/mpy-cross/mpy-cross" -s "$name.py" -o "$corpus/$name.mpy" "$f"
done
node "$here/interop.mjs" "$corpus"
