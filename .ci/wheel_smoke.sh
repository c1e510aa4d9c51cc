#!/usr/bin/env bash
# An installed wheel works outside the checkout: build it, install it into a clean venv (no
# llama-cpp-python), run `summarizer --help`, and summarise the seed against the tests' fake
# OpenAI-compatible server on 127.0.0.1. Run from the repository root.
set -euo pipefail
root=$(pwd)
work=$(mktemp -d)
trap 'kill "${srv_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q --upgrade pip
"$work/venv/bin/pip" wheel -q --no-cache-dir --no-deps -w "$work/dist" "$root"
"$work/venv/bin/pip" install -q --no-cache-dir "$work"/dist/summarizer-*.whl
cd "$work"  # nothing from the checkout on the path from here on
"$work/venv/bin/summarizer" --help >/dev/null
"$work/venv/bin/python" -c "import sys,zipfile; n=zipfile.ZipFile(sys.argv[1]).namelist(); assert 'summarizer/prompt_files/system.md' in n, 'prompts not in the wheel'" "$work"/dist/summarizer-*.whl
# the fake server imports summarizer (from the wheel) and serves until its stdin closes
mkfifo "$work/hold"
"$work/venv/bin/python" "$root/tests/fakeserver.py" --latency 0 --max-seconds 120 <"$work/hold" >"$work/url" &
srv_pid=$!
exec 3>"$work/hold"
for _ in $(seq 50); do [ -s "$work/url" ] && break; sleep 0.1; done
url=$(head -1 "$work/url")
rc=0
SUMMARIZER_CACHE_DIR="$work/cache" SUMMARIZER_AUDIT_DB="$work/audit.sqlite" SUMMARIZER_CONFIG="$work/none.toml" \
  "$work/venv/bin/summarizer" summarize "$root/seeds/000_b8e762d482ad5f8e.txt" \
  --base-url "$url" --model fake-model -f json -o "$work/seed.json" || rc=$?
exec 3>&-
[ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || { echo "wheel smoke: summarize exited $rc" >&2; exit 1; }
"$work/venv/bin/python" -c "import json,sys; s=json.load(open(sys.argv[1])); assert s['casualties'], s; print('wheel smoke: ok,', len(s['casualties']), 'figures')" "$work/seed.json"
