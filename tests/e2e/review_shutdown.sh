#!/bin/bash
# `songngu review` stops gracefully. SIGTERM while a save is being written (the bundled vi/en
# corpus twice, whose export takes about a second): the save is finished and answered, tm/ has the
# change, the server stops listening and exits 0. SIGINT (Ctrl+C) with an idle browser connection
# open: exits 0 within a few seconds, without waiting for the connection to close.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
command -v curl >/dev/null || skip "curl is not installed"
cd "$tmp"
# The bundled vi/en documents twice (copies under other names), so that a save's export lasts
# about a second: the window in which SIGTERM must come.
mkdir -p corpus/vi corpus/en
for lang in vi en; do
  for f in "$src/corpus/$lang"/*.txt; do
    cp "$f" corpus/$lang/
    cp "$f" "corpus/$lang/copy-$(basename "$f")"
  done
done
start_review corpus
curl -s -o /dev/null -c jar.txt "$url"
post() { curl -s -o body.txt -w '%{http_code}' -b jar.txt -H 'Content-Type: application/json' -H "Origin: $base" "$@"; }
same "merge the first two beads" 200 "$(post -d '{"doc":0,"lang":"en","version":0,"op":"merge_next","bead":0}' "$base/api/edit")"
corrections=$(ls corpus/en | head -1)
corrections=corpus/corrections/${corrections%.txt}.vi-en.txt

# The save writes the corrections file first, then exports again: send SIGTERM once the file is
# there, while the export runs.
post -d '{"doc":0,"lang":"en","version":1}' "$base/api/save" >save_status.txt &
saving=$!
for _ in $(seq 2000); do [[ -s $corrections ]] && break; sleep 0.005; done
check "the corrections file is written" test -s "$corrections"
check "the save is still running when SIGTERM comes" kill -0 $saving
kill -TERM $server
rc=0
wait $server || rc=$?
same "SIGTERM: exit status 0" 0 "$rc"
wait $saving || true
same "the save in flight was answered" 200 "$(cat save_status.txt)"
check "... with what it saved" grep -q '"saved":' body.txt
check "tm/ was written by that save" test tm/vi-en.tmx -nt "$corrections"
check "no longer listening" bash -c "! ss -ltn | grep -q '127.0.0.1:$port '"

# Ctrl+C with a connection open and idle (a browser keeps one).
start_review corpus
exec 3<>"/dev/tcp/127.0.0.1/$port"
started=$(date +%s%N)
kill -INT $server
rc=0
wait $server || rc=$?
exec 3>&-
same "SIGINT: exit status 0" 0 "$rc"
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
check "... in ${elapsed} ms, not waiting for the idle connection (< 4000 ms)" test $elapsed -lt 4000
exit $fail
