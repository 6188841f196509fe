# kkori resume questions/text: Korean, English and mixed résumés, a PDF this suite writes, and
# clear errors for empty, damaged, encrypted, huge and missing files.
source "$(dirname "$0")/lib/assert.bash" "$@"
RES=$DATA/resume
FIX=(--content "$RES/content")

# check_json FILE: every project has 10-15 questions, none twice, sources inside the text, claims quoted.
check_json() {
  python3 - "$1" <<'PY' || fail "JSON checks on $1"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["projects"], "no projects"
for p in d["projects"]:
    qs = p["questions"]
    assert 10 <= len(qs) <= 15, (p["title"], len(qs))
    texts = [q["text"] for q in qs]
    assert len(set(texts)) == len(texts), ("duplicate", p["title"])
    for q in qs:
        assert q["kind"] in ("template", "technology", "claim"), q
        assert q.get("bank_id"), q
        if q["kind"] == "claim":
            assert "“" + q["source"]["text"] + "”" in q["text"], q
PY
}

run "${FIX[@]}" resume questions "$RES/ko.md" --json
expect_rc 0 "Korean résumé"
echo "$out" >"$TMP/ko.json"
check_json "$TMP/ko.json"
expect_out '"title": "검색 질의 RAG 챗봇 구축"' "first project"
expect_out '"title": "질의 분류 모델 경량화"' "second project"
expect_out '"lang": "ko"' "Korean résumé, Korean questions"
expect_out '"bank_id": "genai.lora"' "LoRA links the LoRA question"
expect_out '“p95 latency 2.1초 → 0.6초 단축”라고 쓰셨는데, 어떻게 측정했고 병목은 무엇이었나요?' "latency claim quoted"

run "${FIX[@]}" resume questions "$RES/ko.md" --lang en --json
expect_rc 0 "Korean résumé, English questions"
expect_out 'You wrote “p95 latency 2.1초 → 0.6초 단축”: how was it measured, and what was the bottleneck?' "--lang en"
run "${FIX[@]}" resume questions "$RES/ko.md"
expect_rc 0 "human output"
expect_out '1. 검색 질의 RAG 챗봇 구축 — 네이버 검색 (줄 11–15)' "human output names the project and its lines"
expect_out '[claim] “답변 정확도 +3.2%p”라고 쓰셨는데' "human output shows the kind"

run "${FIX[@]}" resume questions "$RES/en.txt" --json
expect_rc 0 "English résumé"
echo "$out" >"$TMP/en.json"
check_json "$TMP/en.json"
expect_out '"bank_id": "cv.yolo-anchors"' "YOLOv8 links the YOLO question"
expect_out 'You wrote “cut inference time from 45 ms to 12 ms”' "claim quoted"

run "${FIX[@]}" resume questions "$RES/mixed.md" --json
expect_rc 0 "mixed résumé"
echo "$out" >"$TMP/mixed.json"
check_json "$TMP/mixed.json"

# The bundled bank: its project templates and technology questions, same guarantees.
for f in ko.md en.txt mixed.md; do
  run resume questions "$RES/$f" --json
  expect_rc 0 "bundled bank, $f"
  echo "$out" >"$TMP/bundled.json"
  check_json "$TMP/bundled.json"
done

# A PDF written here: one page of Helvetica text, xref offsets counted in bytes.
make_pdf() {
  local out=$1; shift
  local content="BT /F1 11 Tf 14 TL 50 750 Td" l
  for l in "$@"; do content+=" ($l) Tj T*"; done
  content+=" ET"
  local objs=("<< /Type /Catalog /Pages 2 0 R >>" "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    "<< /Length ${#content} >>
stream
$content
endstream")
  local pdf=$'%PDF-1.4\n' offs=() i
  for i in "${!objs[@]}"; do
    offs+=("${#pdf}")
    pdf+="$((i + 1)) 0 obj"$'\n'"${objs[$i]}"$'\nendobj\n'
  done
  local xref=${#pdf}
  pdf+="xref"$'\n'"0 6"$'\n'"0000000000 65535 f "$'\n'
  for i in "${offs[@]}"; do pdf+="$(printf '%010d' "$i") 00000 n "$'\n'; done
  pdf+="trailer"$'\n'"<< /Size 6 /Root 1 0 R >>"$'\n'"startxref"$'\n'"$xref"$'\n%%EOF\n'
  printf '%s' "$pdf" >"$out"
}
LC_ALL=C make_pdf "$TMP/cv.pdf" "Jane Doe" "" "EXPERIENCE" "" "Acme Vision, ML Engineer \(2020 - 2023\)" \
  "- Exported a YOLOv8 detector to TensorRT, inference from 45 ms to 12 ms" \
  "- Led a team of 3; LoRA fine-tuning of a RAG answerer, accuracy +3.2%p" "" "EDUCATION" "B.S. CS \(2016 - 2020\)"
run resume text "$TMP/cv.pdf"
expect_rc 0 "PDF text"
expect_out "Acme Vision, ML Engineer (2020 - 2023)" "PDF text extracted"
run "${FIX[@]}" resume questions "$TMP/cv.pdf" --json
expect_rc 0 "PDF résumé"
echo "$out" >"$TMP/pdf.json"
check_json "$TMP/pdf.json"
expect_out '"format": "pdf"' "format"
expect_out '"title": "Acme Vision, ML Engineer"' "project from the PDF"
expect_out '“inference from 45 ms to 12 ms”' "claim from the PDF"
expect_out '"bank_id": "genai.lora"' "technology from the PDF"

# Errors: clear, located, exit 1, never a crash.
: >"$TMP/empty.md"
run resume questions "$TMP/empty.md"
expect_rc 1 "empty file"
expect_err "empty.md: error: the file is empty" "empty file message"
printf '\n  \n' >"$TMP/blank.txt"
run resume questions "$TMP/blank.txt"
expect_rc 1 "blank file"
expect_err "the résumé is empty" "blank file message"
run resume questions "$RES/encrypted.pdf"
expect_rc 1 "encrypted PDF"
expect_err "the PDF is encrypted (password-protected)" "encrypted message"
head -c 300 "$TMP/cv.pdf" >"$TMP/broken.pdf"
run resume questions "$TMP/broken.pdf"
expect_rc 1 "broken PDF"
expect_err "cannot read the PDF: the file is damaged or incomplete" "broken message"
echo "not a pdf" >"$TMP/renamed.pdf"
run resume questions "$TMP/renamed.pdf"
expect_rc 1 "renamed file"
expect_err "not a PDF" "renamed message"
truncate -s 20M "$TMP/huge.pdf"
run resume questions "$TMP/huge.pdf"
expect_rc 1 "20 MB file"
expect_err "the file is 20.0 MB; a résumé file has at most 10.0 MB" "huge message"
printf 'caf\xe9\n' >"$TMP/latin1.txt"
run resume questions "$TMP/latin1.txt"
expect_rc 1 "not UTF-8"
expect_err "latin1.txt:1: error: the text is not UTF-8" "encoding message"
run resume questions "$TMP/missing.md"
expect_rc 1 "missing file"
expect_err "no such file" "missing message"
run resume questions
expect_rc 1 "no file"
finish
