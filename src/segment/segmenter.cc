#include "segment/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <mutex>
#include <optional>

#include "base/data_dir.h"
#include "base/error.h"
#include "segment/paragraphs.h"
#include "segment/rule_set.h"
#include "segment/segment_kinds.h"
#include "segment/srx.h"
#include "text/normalize.h"

namespace songngu {

// What one call of segment() needs for itself: ICU break iterators and regex matchers are not
// thread-safe, and creating them costs more than segmenting a short file, so they are pooled.
struct Worker {
  std::unique_ptr<icu::BreakIterator> iterator;
  RuleSet::Evaluator evaluator;
  Worker(icu::BreakIterator* it, const RuleSet& rules) : iterator(it), evaluator(rules) {}
};

struct Segmenter::Impl {
  Lang lang;
  std::string srx_path;
  RuleSet rules;
  KindRules kinds;
  std::unique_ptr<icu::BreakIterator> prototype;
  std::mutex pool_mutex;
  std::vector<std::unique_ptr<Worker>> pool;  // idle workers

  Impl(const Lang& l, std::string path, std::vector<SrxRule> srx_rules)
      : lang(l), srx_path(std::move(path)), rules(srx_rules, srx_path), kinds(KindRules::load(l)) {}

  std::unique_ptr<Worker> take() {
    std::lock_guard<std::mutex> lock(pool_mutex);
    if (!pool.empty()) {
      auto w = std::move(pool.back());
      pool.pop_back();
      return w;
    }
    return std::make_unique<Worker>(prototype->clone(), rules);
  }
  void give_back(std::unique_ptr<Worker> w) {
    std::lock_guard<std::mutex> lock(pool_mutex);
    pool.push_back(std::move(w));
  }
};

namespace {

bool is_space16(UChar c) {
  return u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B;
}

bool is_closer16(UChar c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0xBB ||
         c == 0x300D || c == 0x300F;
}

// The end of the bracketed text opened at `open` and the start of what follows it after spaces,
// when spaces and more text do follow before the paragraph ends (brackets nest; at most 200 code
// units are looked at).
std::optional<std::pair<int32_t, int32_t>> after_brackets(const icu::UnicodeString& s, int32_t open) {
  const int32_t length = s.length(), limit = std::min(length, open + 200);
  int depth = 0;
  for (int32_t i = open; i < limit; ++i) {
    const int8_t type = u_charType(s.charAt(i));
    if (type == U_START_PUNCTUATION) ++depth;
    if (type == U_END_PUNCTUATION && --depth == 0) {
      int32_t next = i + 1;
      while (next < length && is_space16(s.charAt(next))) ++next;
      if (next == i + 1 || next == length) return std::nullopt;
      return std::make_pair(i + 1, next);
    }
  }
  return std::nullopt;
}

// A possible boundary: the sentence would end at `end` and the next one start at `next`
// (end < next when spaces lie between them).
struct Candidate {
  int32_t end;
  int32_t next;
  bool from_icu;
};

// A bit per BMP code point after which ICU's sentence rules could put a boundary inside a text:
// Sentence_Break STerm or ATerm (UAX #29 rules SB6-SB11) or a separator Sep, CR, LF (SB4).
const std::array<uint64_t, 1024>& sentence_enders() {
  static const std::array<uint64_t, 1024>* bits = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeSet set(
        u"[[:Sentence_Break=STerm:][:Sentence_Break=ATerm:][:Sentence_Break=Sep:]"
        u"[:Sentence_Break=CR:][:Sentence_Break=LF:]]",
        status);
    auto* b = new std::array<uint64_t, 1024>();
    if (U_FAILURE(status)) {
      b->fill(~uint64_t{0});  // no set: every paragraph goes to ICU
      return b;
    }
    for (int32_t r = 0; r < set.getRangeCount(); ++r)
      for (UChar32 c = set.getRangeStart(r); c <= set.getRangeEnd(r) && c < 0x10000; ++c)
        (*b)[static_cast<size_t>(c) >> 6] |= uint64_t{1} << (c & 63);
    return b;
  }();
  return *bits;
}

// One paragraph as UTF-16 for ICU, and two facts gathered on the way that let the segmenter skip
// work: whether it holds a "…" (U+2026), and whether it holds a character after which ICU's
// sentence rules could break (most short paragraphs of help text and titles have none; ICU would
// return only their end, so it is not run on them). Well-formed UTF-8 (what the reader passes) is
// decoded here; anything else goes to ICU, which substitutes U+FFFD for each ill-formed sequence.
struct Utf16Paragraph {
  icu::UnicodeString text;
  bool has_ellipsis = true;  // false: surely none
  bool may_break = true;     // false: surely no sentence ender (a surrogate counts as one)
};

Utf16Paragraph to_utf16(std::string_view utf8) {
  const std::array<uint64_t, 1024>& enders = sentence_enders();
  Utf16Paragraph out;
  const int32_t capacity = static_cast<int32_t>(utf8.size()) + 1;
  UChar* const buffer = out.text.getBuffer(capacity);
  UChar* q = buffer;
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const int32_t n = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  uint64_t may_break = 0;
  bool ellipsis = false;
  while (i < n) {
    UChar32 c = p[i];
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT(p, i, n, c);
      if (c < 0) break;  // ill-formed: ICU converts the whole paragraph below
      if (c > 0xFFFF) {
        *q++ = U16_LEAD(c);
        *q++ = U16_TRAIL(c);
        may_break = 1;
        continue;
      }
      ellipsis |= c == 0x2026;
    }
    *q++ = static_cast<UChar>(c);
    may_break |= enders[static_cast<size_t>(c) >> 6] >> (c & 63);
  }
  if (i < n) {
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(buffer, capacity, &length, utf8.data(), n, 0xFFFD, nullptr, &status);
    out.text.releaseBuffer(U_SUCCESS(status) ? length : 0);
    return out;
  }
  out.text.releaseBuffer(static_cast<int32_t>(q - buffer));
  out.has_ellipsis = ellipsis;
  out.may_break = (may_break & 1) != 0;
  return out;
}

// Converts UTF-16 offsets to UTF-8 offsets and back by walking the UTF-16 text (its UTF-8 form
// has the same characters), for offsets asked in increasing order (it restarts when asked for an
// earlier one). No per-character table. An unpaired surrogate counts as U+FFFD (3 bytes), as
// u_strFromUTF8WithSub produced it from one ill-formed byte sequence; the reader only passes
// valid UTF-8 anyway.
class OffsetCursor {
 public:
  explicit OffsetCursor(const icu::UnicodeString& s) : s_(s.getBuffer()), n_(s.length()) {}

  size_t utf8_at(int32_t utf16) {
    if (utf16 < u16_) u16_ = 0, u8_ = 0;
    walk([&](int32_t u16, size_t) { return u16 < utf16; });
    return u8_;
  }
  int32_t utf16_at(size_t utf8) {
    if (utf8 < u8_) u16_ = 0, u8_ = 0;
    walk([&](int32_t, size_t u8) { return u8 < utf8; });
    return u16_;
  }

 private:
  // Steps while `more(u16, u8)`, in locals (the loop runs over every character of a paragraph).
  template <typename More>
  void walk(More&& more) {
    int32_t u16 = u16_;
    size_t u8 = u8_;
    while (u16 < n_ && more(u16, u8)) {
      const UChar c = s_[u16];
      if (c < 0x80 && u16 + 4 <= n_ && more(u16 + 3, u8 + 3)) {  // four ASCII units at once
        uint64_t four;
        std::memcpy(&four, s_ + u16, 8);
        if (!(four & 0xFF80FF80FF80FF80ULL)) {
          u16 += 4, u8 += 4;
          continue;
        }
      }
      if (c < 0x80) {
        ++u16, ++u8;
      } else if (c < 0x800) {
        ++u16, u8 += 2;
      } else if (U16_IS_LEAD(c) && u16 + 1 < n_ && U16_IS_TRAIL(s_[u16 + 1])) {
        u16 += 2, u8 += 4;
      } else {
        ++u16, u8 += 3;
      }
    }
    u16_ = u16;
    u8_ = u8;
  }

  const UChar* s_;
  int32_t n_;
  int32_t u16_ = 0;
  size_t u8_ = 0;
};

// True when s[begin, end) is only a point number: "2.", "(3)", "IV." — never a segment on its own.
bool is_bare_point_number(const icu::UnicodeString& s, int32_t begin, int32_t end) {
  while (begin < end && is_space16(s.charAt(begin))) ++begin;
  while (end > begin && is_space16(s.charAt(end - 1))) --end;
  if (end - begin < 2) return false;
  UChar last = s.charAt(end - 1);
  if (last != '.' && last != ')') return false;
  int32_t i = begin;
  if (s.charAt(i) == '(') ++i;
  int32_t digits_start = i;
  while (i < end - 1 && s.charAt(i) >= '0' && s.charAt(i) <= '9') ++i;
  if (i > digits_start) return i == end - 1 && i - digits_start <= 3;
  while (i < end - 1 && std::u16string_view(u"IVXLC").find(s.charAt(i)) != std::u16string_view::npos) ++i;
  return i == end - 1 && i > digits_start;
}

class ParagraphSegmenter {
 public:
  ParagraphSegmenter(icu::BreakIterator& iterator, RuleSet::Evaluator& evaluator)
      : iterator_(iterator), evaluator_(evaluator) {}

  // Appends the segments of p.text[start, end) to `out`.
  void run(const Paragraph& p, size_t start, std::vector<Segment>& out) {
    std::string_view body = std::string_view(p.text).substr(start);
    Utf16Paragraph converted = to_utf16(body);
    const icu::UnicodeString& u = converted.text;
    has_ellipsis_ = converted.has_ellipsis;
    may_break_ = converted.may_break;
    collect_candidates(p, start, u);
    evaluator_.reset(u);
    OffsetCursor cursor(u);
    int32_t segment_start = 0;
    for (const auto& c : candidates_) {
      if (c.end <= segment_start) continue;
      // A bare point number never ends a segment, whatever the rules say: check it first (cheap).
      if (is_bare_point_number(u, segment_start, c.end)) continue;
      if (!evaluator_.decide(c.end).value_or(c.from_icu)) continue;
      emit(p, start, body, u, cursor, segment_start, c.end, out);
      segment_start = c.next;
    }
    emit(p, start, body, u, cursor, segment_start, u.length(), out);
  }

 private:
  void collect_candidates(const Paragraph& p, size_t start, const icu::UnicodeString& s) {
    int32_t length = s.length();
    candidates_.clear();
    if (may_break_) {
      iterator_.setText(s);
      for (int32_t b = iterator_.next(); b != icu::BreakIterator::DONE && b < length; b = iterator_.next()) {
        int32_t end = b;
        while (end > 0 && is_space16(s.charAt(end - 1))) --end;
        if (end > 0 && u_charType(s.charAt(end - 1)) == U_START_PUNCTUATION) {
          // "입니다.(선택 사항)": ICU counts the bracket among a full stop's closers and breaks
          // inside it (SB11) when a letter without case follows. The bracket belongs to the
          // sentence it ends: the boundary moves past the bracket's close, if spaces follow it.
          if (auto moved = after_brackets(s, end - 1))
            candidates_.push_back({moved->first, moved->second, true});
          continue;
        }
        candidates_.push_back({end, b, true});
      }
    }
    // "…" has no sentence-break property in ICU: offer the position after it (and its closers).
    for (int32_t i = has_ellipsis_ ? s.indexOf(static_cast<UChar>(0x2026)) : -1; i >= 0;
         i = s.indexOf(static_cast<UChar>(0x2026), i + 1)) {
      int32_t end = i + 1;
      while (end < length && is_closer16(s.charAt(end))) ++end;
      int32_t next = end;
      while (next < length && is_space16(s.charAt(next))) ++next;
      if (next > end && next < length) candidates_.push_back({end, next, false});
    }
    // Soft wraps, where a line break became a space (Korean "다" at a line end ends a sentence).
    OffsetCursor cursor(s);
    for (size_t w : p.wraps) {
      if (w <= start || p.text[w] != ' ') continue;
      int32_t end = cursor.utf16_at(w - start);
      candidates_.push_back({end, end + 1, false});
    }
    std::sort(candidates_.begin(), candidates_.end(),
              [](const Candidate& a, const Candidate& b) { return a.next < b.next; });
    // One candidate per start of the next sentence; ICU's proposal wins a tie.
    size_t kept = 0;
    for (size_t i = 0; i < candidates_.size(); ++i) {
      if (kept && candidates_[kept - 1].next == candidates_[i].next) {
        candidates_[kept - 1].from_icu = candidates_[kept - 1].from_icu || candidates_[i].from_icu;
        candidates_[kept - 1].end = std::min(candidates_[kept - 1].end, candidates_[i].end);
      } else {
        candidates_[kept++] = candidates_[i];
      }
    }
    candidates_.resize(kept);
  }

  void emit(const Paragraph& p, size_t start, std::string_view body, const icu::UnicodeString& s,
            OffsetCursor& cursor, int32_t begin, int32_t end, std::vector<Segment>& out) const {
    while (begin < end && is_space16(s.charAt(begin))) ++begin;
    while (end > begin && is_space16(s.charAt(end - 1))) --end;
    if (begin >= end) return;
    size_t b8 = cursor.utf8_at(begin);
    size_t e8 = cursor.utf8_at(end);
    Segment segment;
    TextAndKey forms = nfc_and_key(body.substr(b8, e8 - b8));
    segment.text = std::move(forms.text);
    segment.key = std::move(forms.key);
    segment.span = {p.source_begin(start + b8), p.source_end(start + e8)};
    out.push_back(std::move(segment));
  }

  icu::BreakIterator& iterator_;
  RuleSet::Evaluator& evaluator_;
  std::vector<Candidate> candidates_;
  bool has_ellipsis_ = true;  // of the paragraph being segmented (see Utf16Paragraph)
  bool may_break_ = true;
};

Segment make_segment(const Paragraph& p, size_t begin, size_t end, SegmentKind kind) {
  Segment s;
  TextAndKey forms = nfc_and_key(std::string_view(p.text).substr(begin, end - begin));
  s.text = std::move(forms.text);
  s.key = std::move(forms.key);
  s.kind = kind;
  s.span = {p.source_begin(begin), p.source_end(end)};
  return s;
}

}  // namespace

Segmenter::Segmenter(const Lang& lang, const SegmenterOptions& options) {
  std::string path = options.srx_path.empty() ? data_file("srx/songngu.srx") : options.srx_path;
  SrxDocument srx = read_srx_file(path);
  impl_ = std::make_unique<Impl>(lang, path, srx.rules_for(lang.tag()));
  UErrorCode status = U_ZERO_ERROR;
  impl_->prototype.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale(lang.base().c_str()), status));
  if (U_FAILURE(status) || !impl_->prototype)
    throw_bad_input(N_("cannot create a sentence break iterator for language {1}: {2}"),
                    {lang.tag(), u_errorName(status)});
}

Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

const Lang& Segmenter::lang() const {
  return impl_->lang;
}

Document Segmenter::segment(const TextFile& file) const {
  Document doc;
  doc.lang = impl_->lang;
  doc.path = file.path;
  size_t base = file.converted ? 0 : file.bom_bytes;
  std::vector<Paragraph> paragraphs = split_paragraphs(file.text, base);
  // About one segment per 64 bytes of text (news and help text alike): most files need no regrowth.
  doc.segments.reserve(paragraphs.size() + file.text.size() / 64);

  std::unique_ptr<Worker> worker = impl_->take();
  ParagraphSegmenter segmenter(*worker->iterator, worker->evaluator);

  for (size_t i = 0; i < paragraphs.size(); ++i) {
    const Paragraph& p = paragraphs[i];
    size_t first = doc.segments.size();
    size_t start = 0;
    if (i == 0) {
      if (size_t header = metadata_header_length(p.text)) {
        doc.segments.push_back(make_segment(p, 0, header, SegmentKind::kMetadata));
        start = header;
        while (start < p.text.size() && space_length_at(p.text, start))
          start += space_length_at(p.text, start);
      }
    }
    if (start < p.text.size()) segmenter.run(p, start, doc.segments);
    if (doc.segments.size() == first) continue;
    for (size_t k = first; k < doc.segments.size(); ++k) doc.segments[k].paragraph = doc.paragraph_count;
    assign_kinds(doc.segments.begin() + static_cast<std::ptrdiff_t>(first), doc.segments.end(),
                 i + 1 == paragraphs.size(), impl_->kinds);
    ++doc.paragraph_count;
  }
  impl_->give_back(std::move(worker));  // not on an exception: a worker may be mid-use then
  return doc;
}

Document read_presegmented(const TextFile& file, const Lang& lang) {
  Document doc;
  doc.lang = lang;
  doc.path = file.path;
  size_t base = file.converted ? 0 : file.bom_bytes;
  std::string_view text = file.text;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = line_end(text, pos);
    size_t b = pos, e = eol;
    trim_spaces(text, b, e);
    if (e > b) {
      Segment s;
      TextAndKey forms = nfc_and_key(text.substr(b, e - b));
      s.text = std::move(forms.text);
      s.key = std::move(forms.key);
      s.span = {base + b, base + e};
      doc.segments.push_back(std::move(s));
    }
    pos = eol + ((eol + 1 < text.size() && text[eol] == '\r' && text[eol + 1] == '\n') ? 2 : 1);
  }
  doc.paragraph_count = doc.segments.empty() ? 0 : 1;
  return doc;
}

}  // namespace songngu
