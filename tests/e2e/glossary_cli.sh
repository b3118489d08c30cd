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
ex="example_1_vi,example_1_en,example_1_ko,example_2_vi,example_2_en,example_2_ko,example_3_vi,example_3_en,example_3_ko"
check "CSV header" test "$(head -1 "$tmp/g.csv" | tr -d '\r')" = "id,status,vi,en,ko,note,frequency,score,agreement_en,agreement_ko,$ex"
check "CSV has no approved entry without seed" bash -c "! grep -q ',approved,' '$tmp/g.csv'"
check "CSV pair with its plural variant" grep -qF ',candidate,Đối tác chiến lược toàn diện,Comprehensive Strategic Partnership | Comprehensive Strategic Partnerships,' "$tmp/g.csv"
check "CSV example marks the term" grep -qF '⟦Đối tác chiến lược toàn diện⟧' "$tmp/g.csv"
check "CSV example marks the equivalent" grep -qF 'to a ⟦Comprehensive Strategic Partnership⟧.' "$tmp/g.csv"
# Below the agreement threshold (1 of 3 Korean occurrences agree), the Korean equivalent is only
# listed with --all.
check "no Korean equivalent below the threshold" grep -qF ',Comprehensive Strategic Partnership | Comprehensive Strategic Partnerships,,' "$tmp/g.csv"
check "extract --all" "$bin" glossary extract -t en,ko "${in[@]}" -o "$tmp/all.csv" --no-seed --all
check "--all lists it" grep -qF ',candidate,Đối tác chiến lược toàn diện,Comprehensive Strategic Partnership | Comprehensive Strategic Partnerships,포괄적 전략적 동반자 관계,' "$tmp/all.csv"
check "--all lists more" test "$(wc -l <"$tmp/all.csv")" -gt "$(wc -l <"$tmp/g.csv")"
check "TBX notes the agreement" grep -qF '<note>agreement: 2 of 2 occurrences; back: ' "$tmp/g.tbx"
check "TBX notes examples" grep -qF '<note>example 1: ' "$tmp/g.tbx"
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
