#include "pipeline/corrections.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/normalize.h"

namespace songngu {
namespace {
namespace fs = std::filesystem;

Document document_of(const std::vector<std::string>& texts) {
  Document d;
  for (size_t i = 0; i < texts.size(); ++i)
    d.segments.push_back(Segment{texts[i], texts[i], SegmentKind::kSentence, i, {i * 10, i * 10 + 5}});
  return d;
}

std::vector<std::string> texts_of(const Document& d) {
  std::vector<std::string> out;
  for (const auto& s : d.segments) out.push_back(s.text);
  return out;
}

std::string shapes(const Alignment& a) {
  std::string out;
  for (const auto& b : a.beads) out += (out.empty() ? "" : " ") + b.type();
  return out;
}

const std::vector<std::string> kSource = {"Một.", "Hai.", "Ba.", "Bốn."};
const std::vector<std::string> kTarget = {"One.", "Two", "too.", "Three.", "Four."};
// What an aligner made of them: the second bead missed "too.", which went to the third.
const Alignment kAutomatic{{Bead{0, 1, 0, 1, 0, 0.9f}, Bead{1, 1, 1, 1, 0, 0.3f}, Bead{2, 1, 2, 2, 0, 0.2f},
                            Bead{3, 1, 4, 1, 0, 0.9f}}};

// A person's session: joins "Two" and "too." after moving "too." up, confirms the first bead,
// marks the last one not a translation, fixes a typo in the source.
AlignmentEditor reviewed() {
  AlignmentEditor editor(document_of(kSource), document_of(kTarget), kAutomatic);
  editor.move_segment_up(2, Side::kTarget);
  editor.join_segments(Side::kTarget, 1);
  editor.confirm(0);
  editor.mark_not_translation(3);
  editor.edit_segment(Side::kSource, 2, "Ba!");
  return editor;
}

TEST(Corrections, SaysWhatThePersonDidInAFileThatReadsWellInADiff) {
  const Corrections c = corrections_of(reviewed(), "vi", "en");
  // Read and checked: one source edit, one target join, four decided beads (the third bead
  // became "edited" when "too." left it and its source was edited).
  EXPECT_EQ(format_corrections(c),
            "# songngu corrections 1: vi-en (format: docs/corrections.md; segment numbers are 0-based "
            "begin+count)\n"
            "\nsegment vi 2+1\n- Ba.\n+ Ba!\n"
            "\nsegment en 1+2\n- Two\n- too.\n+ Two too.\n"
            "\nbead confirmed vi 0+1 en 0+1\n< Một.\n> One.\n"
            "\nbead edited vi 1+1 en 1+1\n< Hai.\n> Two too.\n"
            "\nbead edited vi 2+1 en 2+1\n< Ba!\n> Three.\n"
            "\nbead not-translation vi 3+1 en 3+1\n< Bốn.\n> Four.\n");
}

TEST(Corrections, ParsesWhatItFormats) {
  Corrections c = corrections_of(reviewed(), "vi", "en");
  c.edits[0].after = {"Ba\\n", "with\nnewline"};  // escapes survive
  const Corrections back = parse_corrections(format_corrections(c), "x.txt", "vi", "en");
  ASSERT_EQ(back.edits.size(), c.edits.size());
  for (size_t k = 0; k < c.edits.size(); ++k) EXPECT_EQ(back.edits[k], c.edits[k]);
  EXPECT_EQ(back.edits[1].line, 8u);
  ASSERT_EQ(back.beads.size(), c.beads.size());
  for (size_t k = 0; k < c.beads.size(); ++k) {
    EXPECT_EQ(back.beads[k].status, c.beads[k].status);
    EXPECT_EQ(back.beads[k].bead.type(), c.beads[k].bead.type());
    EXPECT_EQ(back.beads[k].bead.src_begin, c.beads[k].bead.src_begin);
    EXPECT_EQ(back.beads[k].target, c.beads[k].target);
  }
}

TEST(Corrections, RefusesMalformedFilesNamingTheLine) {
  auto line_of_error = [](const std::string& text) -> size_t {
    try {
      parse_corrections(text, "c.txt", "vi", "en");
    } catch (const Error& e) {
      EXPECT_EQ(e.message().where.file, "c.txt");
      return e.message().where.line;
    }
    return 0;
  };
  EXPECT_EQ(line_of_error("# x\nsegment ko 1+1\n- a\n+ b\n"), 2u) << "not a language of the pair";
  EXPECT_EQ(line_of_error("segment vi 1+2\n- a\n+ b\n"), 1u) << "two segments named, one given";
  EXPECT_EQ(line_of_error("bead sure vi 0+1 en 0+1\n< a\n> b\n"), 1u) << "unknown status";
  EXPECT_EQ(line_of_error("bead auto vi 0+1 en 0+1\n< a\n> b\n"), 1u) << "auto is not a decision";
  EXPECT_EQ(line_of_error("\n\n+ stray\n"), 3u);
  EXPECT_EQ(line_of_error("bead edited vi 0+1 en x\n"), 1u);
  EXPECT_EQ(line_of_error("merge 1 2\n"), 1u);
  EXPECT_EQ(line_of_error("# only a comment\n\n"), 0u) << "an empty file is fine";
}

TEST(Corrections, AppliesSegmentEditsThatFitAndReportsTheOthers) {
  const Corrections c = corrections_of(reviewed(), "vi", "en");
  Document target = document_of(kTarget);
  std::vector<Warning> warnings;
  EXPECT_EQ(apply_segment_edits(target, Side::kTarget, {&c.edits[0], &c.edits[1]}, "c.txt", warnings), 1u);
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(texts_of(target), (std::vector<std::string>{"One.", "Two too.", "Three.", "Four."}));
  EXPECT_EQ(target.segments[1].span.begin, 10u) << "the joined segment spans both";
  EXPECT_EQ(target.segments[1].span.end, 25u);
  EXPECT_EQ(target.segments[1].key, match_key("Two too."));

  // The source file changed since: "Ba." is now "Ba nữa.": the edit is reported, not applied.
  Document source = document_of({"Một.", "Hai.", "Ba nữa.", "Bốn."});
  EXPECT_EQ(apply_segment_edits(source, Side::kSource, {&c.edits[0]}, "c.txt", warnings), 0u);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].where.line, c.edits[0].line);
  EXPECT_EQ(source.segments[2].text, "Ba nữa.");
}

TEST(Corrections, OverlappingEditsApplyOnce) {
  SegmentEdit a{Side::kSource, 1, 2, {"Hai.", "Ba."}, {"Hai ba."}, 3};
  SegmentEdit b{Side::kSource, 2, 1, {"Ba."}, {"Ba!"}, 9};
  Document source = document_of(kSource);
  std::vector<Warning> warnings;
  EXPECT_EQ(apply_segment_edits(source, Side::kSource, {&b, &a}, "c.txt", warnings), 1u);
  EXPECT_EQ(texts_of(source), (std::vector<std::string>{"Một.", "Hai ba.", "Bốn."}));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].where.line, 9u);
}

// The whole round trip: what the editor shows is what a later run makes of the corrections.
TEST(Corrections, ALaterRunRebuildsThePersonsAlignment) {
  const AlignmentEditor editor = reviewed();
  const Corrections c =
      parse_corrections(format_corrections(corrections_of(editor, "vi", "en")), "c", "vi", "en");
  Document source = document_of(kSource), target = document_of(kTarget);
  std::vector<Warning> warnings;
  std::vector<const SegmentEdit*> edits;
  for (const auto& e : c.edits) edits.push_back(&e);
  apply_segment_edits(source, Side::kSource, edits, "c", warnings);
  apply_segment_edits(target, Side::kTarget, edits, "c", warnings);
  int realigned = 0;
  const RealignGap realign = [&](uint32_t, uint32_t, uint32_t, uint32_t) {
    ++realigned;
    return std::vector<Bead>{};
  };
  // The new automatic alignment (over the edited documents) does not matter: all beads are decided.
  const Alignment automatic{{Bead{0, 4, 0, 4, 0, 0.5f}}};
  const Alignment a = honour_decisions(source, target, automatic, c.beads, "c", realign, warnings);
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(realigned, 0);
  EXPECT_EQ(shapes(a), "1-1 1-1 1-1 1-0 0-1") << "not a translation: left unaligned";
  EXPECT_FLOAT_EQ(a.beads[0].confidence, 1.0f);
}

// Reopening the review: the editor comes back as the person left it, and saving it again writes
// the same file.
TEST(Corrections, AReviewResumesWhereTheCorrectionsLeftIt) {
  const AlignmentEditor before = reviewed();
  const Corrections c = corrections_of(before, "vi", "en");
  Document source = document_of(kSource), target = document_of(kTarget);
  std::vector<Warning> warnings;
  std::vector<const SegmentEdit*> edits;
  for (const auto& e : c.edits) edits.push_back(&e);
  apply_segment_edits(source, Side::kSource, edits, "c", warnings);
  apply_segment_edits(target, Side::kTarget, edits, "c", warnings);
  const Alignment honoured = honour_decisions(source, target, Alignment{{Bead{0, 4, 0, 4, 0, 0.5f}}}, c.beads,
                                              "c", RealignGap(), warnings);
  const AlignmentEditor after = resume_review(document_of(kSource), document_of(kTarget), c, honoured);
  EXPECT_EQ(format_corrections(corrections_of(after, "vi", "en")), format_corrections(c));
  ASSERT_EQ(after.state().beads.size(), before.state().beads.size());
  EXPECT_EQ(after.state().beads[3].status, BeadStatus::kNotTranslation) << "one bead again, not 1-0 + 0-1";
  EXPECT_EQ(after.state().target, before.state().target) << "texts and origins";
  EXPECT_THROW(resume_review(document_of(kSource), document_of(kTarget), c, kAutomatic), Error);
}

TEST(Corrections, RealignsOnlyTheGapsTheAutomaticBeadsDoNotFill) {
  const Document source = document_of(kSource), target = document_of(kTarget);
  // The person confirmed "Ba." = "Three." (source 2, target 3).
  BeadDecision d{BeadStatus::kConfirmed, Bead{2, 1, 3, 1, 0, 0}, {"Ba."}, {"Three."}, 4};
  std::vector<std::array<uint32_t, 4>> gaps;
  const RealignGap realign = [&](uint32_t s0, uint32_t s1, uint32_t t0, uint32_t t1) {
    gaps.push_back({s0, s1, t0, t1});
    return std::vector<Bead>{Bead{0, 1, 0, 1, 0, 0.7f}, Bead{1, 1, 1, 2, 0, 0.6f}};
  };
  std::vector<Warning> warnings;
  const Alignment a = honour_decisions(source, target, kAutomatic, {d}, "c", realign, warnings);
  EXPECT_TRUE(warnings.empty());
  // Before: the automatic 1-1 1-1 do not end at (2, 3), so [0,2) x [0,3) is realigned; after: the
  // automatic 1-1 "Bốn." = "Four." fills (3, 4) .. (4, 5) exactly and is kept.
  ASSERT_EQ(gaps.size(), 1u);
  EXPECT_EQ(gaps[0], (std::array<uint32_t, 4>{0, 2, 0, 3}));
  EXPECT_EQ(shapes(a), "1-1 1-2 1-1 1-1");
  EXPECT_EQ(a.beads[1].tgt_begin, 1u);
  EXPECT_FLOAT_EQ(a.beads[3].confidence, 0.9f);
}

TEST(Corrections, ReportsDecisionsThatNoLongerFit) {
  const Document source = document_of({"Một.", "Hai đã sửa.", "Ba.", "Bốn."}), target = document_of(kTarget);
  const std::vector<BeadDecision> decisions = {
      {BeadStatus::kConfirmed, Bead{1, 1, 1, 1, 0, 0}, {"Hai."}, {"Two"}, 3},    // the source changed
      {BeadStatus::kConfirmed, Bead{3, 1, 9, 1, 0, 0}, {"Bốn."}, {"Four."}, 7},  // out of range
      {BeadStatus::kConfirmed, Bead{0, 1, 0, 1, 0, 0}, {"Một."}, {"One."}, 11},  // fits
  };
  std::vector<Warning> warnings;
  const RealignGap never = [](uint32_t, uint32_t, uint32_t, uint32_t) -> std::vector<Bead> {
    ADD_FAILURE() << "the automatic beads fill every gap";
    return {};
  };
  const Alignment a = honour_decisions(source, target, kAutomatic, decisions, "c", never, warnings);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0].where.line, 3u);
  EXPECT_EQ(warnings[1].where.line, 7u);
  EXPECT_EQ(shapes(a), "1-1 1-1 1-2 1-1") << "the fitting decision (bead 0) matches the automatic one";
}

TEST(Corrections, WritesAtomicallyAndRemovesTheFileWhenNothingIsDecided) {
  const fs::path dir = fs::path(::testing::TempDir()) / ("corrections-" + std::to_string(getpid()));
  fs::remove_all(dir);
  const std::string path = corrections_path(dir.string(), "001", "vi", "ko");
  EXPECT_EQ(path, (dir / "corrections" / "001.vi-ko.txt").string());
  const Corrections c = corrections_of(reviewed(), "vi", "ko");
  write_corrections(path, c);
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), format_corrections(c));
  EXPECT_EQ(read_corrections(path, "vi", "ko").beads.size(), c.beads.size());
  write_corrections(path, Corrections{"vi", "ko", {}, {}});
  EXPECT_FALSE(fs::exists(path));
  EXPECT_TRUE(read_corrections(path, "vi", "ko").beads.empty()) << "no file: no corrections";
  fs::remove_all(dir);
}

}  // namespace
}  // namespace songngu
