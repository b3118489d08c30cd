#!/bin/bash
# End-to-end test of `songngu glossary extract|convert` on the hand-made aligned set in
# tests/data/glossary: outputs per extension, seed merge, sort order, errors.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/lib.bash"
need_source
data=$src/tests/data/glossary
in=("$data/small-vi-en.tsv" "$data/small-vi-ko.tsv")

check "extract to TBX" "$bin" glossary extract -s vi -t en,ko "${in[@]}" -o "$tmp/g.tbx"
check "TBX holds the seed's key term as approved" grep -qF '<termEntry id="seed-partner-csp">' "$tmp/g.tbx"
check "TBX holds a candidate" grep -qF '<descrip type="x-status">candidate</descrip>' "$tmp/g.tbx"
check "candidate found by extraction" grep -qF '<term>hoà bình bền vững</term>' "$tmp/g.tbx"
check "extract to CSV without seed" "$bin" glossary extract -t en,ko "${in[@]}" -o "$tmp/g.csv" --no-seed --min-freq 2
check "CSV header" test "$(head -1 "$tmp/g.csv" | tr -d '\r')" = "id,status,vi,en,ko,note,frequency,score,example_source,example_target"
check "CSV has no approved entry without seed" bash -c "! grep -q ',approved,' '$tmp/g.csv'"
check "CSV pair" grep -qF ',candidate,Đối tác chiến lược toàn diện,Comprehensive Strategic Partnership,포괄적 전략적 동반자 관계,' "$tmp/g.csv"
check "OmegaT .txt needs one target" bash -c "! '$bin' glossary extract -t en,ko '${in[0]}' -o '$tmp/g.txt' 2>/dev/null"
check "extract to OmegaT .txt" "$bin" glossary extract -t ko "${in[1]}" -o "$tmp/g-ko.txt"
check "OmegaT line" grep -qF $'Tổng Bí thư\t서기장\tapproved' "$tmp/g-ko.txt"
# Vietnamese order: "an ninh hàng hải" (a) before "ASEAN" before "Bán đảo" (b) before "Đối tác" (đ after d).
order=$(cut -f1 "$tmp/g-ko.txt" | uniq | grep -xE 'an ninh hàng hải|ASEAN|Bán đảo Triều Tiên|Đối tác chiến lược toàn diện|Chủ tịch nước|Cộng hòa xã hội chủ nghĩa Việt Nam|công nghiệp quốc phòng|cơ sở hạ tầng' | tr '\n' '|')
check "Vietnamese dictionary order" test "$order" = "an ninh hàng hải|ASEAN|Bán đảo Triều Tiên|Chủ tịch nước|Cộng hòa xã hội chủ nghĩa Việt Nam|công nghiệp quốc phòng|cơ sở hạ tầng|Đối tác chiến lược toàn diện|"
check "convert TBX -> CSV" "$bin" glossary convert "$tmp/g.tbx" -o "$tmp/back.csv"
check "convert keeps every entry" test "$(($(wc -l <"$tmp/back.csv") - 1))" = "$(grep -c '<termEntry' "$tmp/g.tbx")"
check "convert CSV -> TBX -> CSV is stable" bash -c "'$bin' glossary convert '$tmp/back.csv' -o '$tmp/again.tbx' && '$bin' glossary convert '$tmp/again.tbx' -o '$tmp/again.csv' && cmp -s '$tmp/back.csv' '$tmp/again.csv'"
check "bad --min-freq is a usage error" test "$("$bin" glossary extract -t en "${in[0]}" -o "$tmp/x.tbx" --min-freq x 2>/dev/null; echo $?)" = 2
check "unknown extension is a usage error" test "$("$bin" glossary extract -t en "${in[0]}" -o "$tmp/x.xlsx" 2>/dev/null; echo $?)" = 2
check "TBX with an entity is refused" test "$("$bin" glossary convert "$data/bad-entity.tbx" -o "$tmp/x.csv" 2>/dev/null; echo $?)" = 1
check "--help" "$bin" glossary extract --help
exit $fail
