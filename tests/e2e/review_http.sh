#!/bin/bash
# `songngu review` as a client sees it, with curl against the running server: the startup line,
# the page with the beads in it, the token (401 without it), the Host check (421), the Origin
# check on changes (403), no compression (on loopback it costs time and saves nothing), the body
# limit (413), bad JSON (400), a stale save (409, the first tab's work kept), loopback only; and
# that a save writes the corrections file and the memory, and that a rerun of `songngu corpus`
# keeps the merge.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
command -v curl >/dev/null || skip "curl is not installed"
cd "$tmp"
mkdir -p corpus/vi corpus/en
cp "$src/tests/data/tm/trilingual.vi" corpus/vi/2025-03-04-library.txt
cp "$src/tests/data/tm/trilingual.en" corpus/en/2025-03-04-library.txt

start_review corpus
line=$(head -1 "$tmp/review.out")
echo "ok   startup line: $line"

status() { curl -s -o body.txt -w '%{http_code}' "$@"; }
same "the page with the token" 200 "$(status -c jar.txt "$base/?token=$token")"
check "the beads' text is in the page as it loads" grep -q 'The city library opens at 8 a.m.' body.txt
check "the token becomes an HttpOnly cookie" grep -q 'songngu_token' jar.txt
curl -s -o /dev/null -D headers.txt -H 'Accept-Encoding: gzip, deflate, br, zstd' "$base/?token=$token"
check "sent uncompressed, whatever the browser accepts (compressing cost 0.37 s a page)" \
  bash -c "grep -qi '^content-length:' headers.txt && ! grep -qi '^content-encoding:' headers.txt"
same "no token: 401" 401 "$(status "$base/")"
same "a wrong token: 401" 401 "$(status "$base/?token=0123456789abcdef0123456789abcdef")"
same "no cookie on the API: 401" 401 "$(status "$base/api/pair?doc=0&lang=en")"
same "the API with the cookie" 200 "$(status -b jar.txt "$base/api/pair?doc=0&lang=en")"
same "another Host (DNS rebinding): 421" 421 "$(status -b jar.txt -H 'Host: evil.example:'$port "$base/?token=$token")"
same "localhost is the same machine" 200 "$(status -H "Cookie: songngu_token=$token" -H "Host: localhost:$port" "$base/api/pair?doc=0&lang=en")"

post() { status -b jar.txt -H 'Content-Type: application/json' "$@"; }
edit='{"doc":0,"lang":"en","version":0,"op":"merge_next","bead":0}'
same "a change without Origin: 403" 403 "$(post -d "$edit" "$base/api/edit")"
same "a change from another Origin: 403" 403 "$(post -H 'Origin: http://evil.example' -d "$edit" "$base/api/edit")"
origin=(-H "Origin: $base")
same "bad JSON: 400" 400 "$(post "${origin[@]}" -d '{"doc":0,' "$base/api/edit")"
check "bad JSON: the answer says why" grep -q 'bad JSON' body.txt
same "an unknown operation: 400" 400 "$(post "${origin[@]}" -d '{"doc":0,"lang":"en","version":0,"op":"rm"}' "$base/api/edit")"
head -c 2000000 /dev/zero | tr '\0' ' ' >big.json
same "a body over the limit: 413" 413 "$(post "${origin[@]}" --data-binary @big.json "$base/api/edit")"
same "merge the first two beads" 200 "$(post "${origin[@]}" -d "$edit" "$base/api/edit")"
check "the answer has version 1" grep -q '"version":1' body.txt
same "a refused operation: 422" 422 "$(post "${origin[@]}" -d '{"doc":0,"lang":"en","version":1,"op":"merge_previous","bead":0}' "$base/api/edit")"
same "save" 200 "$(post "${origin[@]}" -d '{"doc":0,"lang":"en","version":1}' "$base/api/save")"
corrections=corpus/corrections/2025-03-04-library.vi-en.txt
check "the corrections file is written" grep -q '^bead edited vi 0+2 en 0+2$' "$corrections"
check "tm/ has the merged unit" grep -q 'The city library opens at 8 a.m. Readers need to bring their library card.' tm/vi-en.tmx
same "a second tab's stale save: 409" 409 "$(post "${origin[@]}" -d '{"doc":0,"lang":"en","version":0}' "$base/api/save")"
check "the stale save says what to do" grep -q 'reload' body.txt
check "the first tab's work is kept" grep -q '^bead edited vi 0+2 en 0+2$' "$corrections"
check "loopback only" bash -c "ss -ltn | grep -q '127.0.0.1:$port '"
kill $server
wait $server 2>/dev/null || true

cp tm/vi-en.tmx saved.tmx
"$bin" corpus corpus -q
check "a rerun of songngu corpus keeps the merge, byte for byte" cmp -s saved.tmx tm/vi-en.tmx
exit $fail
