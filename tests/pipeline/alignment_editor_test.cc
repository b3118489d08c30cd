#include "pipeline/alignment_editor.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace songngu {
namespace {

Document document_of(const std::vector<std::string>& texts) {
  Document d;
  for (const auto& t : texts) d.segments.push_back(Segment{t, t, SegmentKind::kSentence, 0, {}});
  return d;
}

// Three source and four target sentences, aligned 1-1, 1-2, 1-1.
class Editor : public ::testing::Test {
 protected:
  Editor()
      : editor_(document_of({"A.", "B.", "C."}), document_of({"a.", "b1.", "b2.", "c."}),
                Alignment{{Bead{0, 1, 0, 1, 0.1f, 0.9f}, Bead{1, 1, 1, 2, 0.5f, 0.4f},
                           Bead{2, 1, 3, 1, 0.1f, 0.8f}}}) {}

  // "1-1 1-2 1-1": the shapes of the beads, to compare whole alignments at a glance.
  std::string shapes() const {
    std::string out;
    for (const auto& b : editor_.state().beads) out += (out.empty() ? "" : " ") + b.bead.type();
    return out;
  }
  std::string texts(Side side) const {
    std::string out;
    for (const auto& s : side == Side::kSource ? editor_.state().source : editor_.state().target)
      out += (out.empty() ? "" : "|") + s.text;
    return out;
  }
  // The editor's promise after every call: contiguous beads covering every segment once.
  void expect_covering() const {
    uint32_t s = 0, t = 0;
    for (const auto& b : editor_.state().beads) {
      EXPECT_EQ(b.bead.src_begin, s);
      EXPECT_EQ(b.bead.tgt_begin, t);
      EXPECT_GT(b.bead.src_count + b.bead.tgt_count, 0u);
      s += b.bead.src_count, t += b.bead.tgt_count;
    }
    EXPECT_EQ(s, editor_.state().source.size());
    EXPECT_EQ(t, editor_.state().target.size());
  }

  AlignmentEditor editor_;
};

TEST_F(Editor, MergeWithNextMakesOneEditedBeadAndUndoRedoIt) {
  editor_.merge_with_next(0);
  EXPECT_EQ(shapes(), "2-3 1-1");
  EXPECT_EQ(editor_.state().beads[0].status, BeadStatus::kEdited);
  EXPECT_FLOAT_EQ(editor_.state().beads[0].bead.confidence, 1.0f);
  expect_covering();
  ASSERT_TRUE(editor_.undo());
  EXPECT_EQ(shapes(), "1-1 1-2 1-1");
  EXPECT_EQ(editor_.state().beads[0].status, BeadStatus::kAuto);
  EXPECT_FLOAT_EQ(editor_.state().beads[1].bead.confidence, 0.4f);
  ASSERT_TRUE(editor_.redo());
  EXPECT_EQ(shapes(), "2-3 1-1");
  EXPECT_FALSE(editor_.redo());
}

TEST_F(Editor, MergeWithPreviousIsTheMergeOfTheBeadBefore) {
  editor_.merge_with_previous(2);
  EXPECT_EQ(shapes(), "1-1 2-3");
  expect_covering();
}

TEST_F(Editor, RefusesMergesPastTheEndsAndChangesNothing) {
  EXPECT_THROW(editor_.merge_with_previous(0), Error);
  EXPECT_THROW(editor_.merge_with_next(2), Error);
  EXPECT_THROW(editor_.merge_with_next(7), Error);
  EXPECT_EQ(shapes(), "1-1 1-2 1-1");
  EXPECT_FALSE(editor_.can_undo());
  EXPECT_EQ(editor_.version(), 0u);
}

TEST_F(Editor, SplitsAMultiSegmentBead) {
  editor_.split_bead(1, 1, 1);
  EXPECT_EQ(shapes(), "1-1 1-1 0-1 1-1");
  EXPECT_EQ(editor_.state().beads[2].status, BeadStatus::kEdited);
  expect_covering();
  EXPECT_THROW(editor_.split_bead(0, 1, 1), Error) << "a 1-1 bead has nothing to split";
  EXPECT_THROW(editor_.split_bead(3, 0, 0), Error);
  editor_.undo();
  EXPECT_EQ(shapes(), "1-1 1-2 1-1");
}

TEST_F(Editor, MovesASegmentUpOrDownOnEitherSide) {
  editor_.move_segment_up(1, Side::kTarget);  // b1. joins the first bead
  EXPECT_EQ(shapes(), "1-2 1-1 1-1");
  editor_.move_segment_down(1, Side::kSource);  // B. joins the last bead
  EXPECT_EQ(shapes(), "1-2 0-1 2-1");
  expect_covering();
  editor_.move_segment_up(1, Side::kTarget);  // the 0-1 bead's only segment leaves: the bead goes
  EXPECT_EQ(shapes(), "1-3 2-1");
  expect_covering();
  EXPECT_THROW(editor_.move_segment_up(0, Side::kSource), Error) << "no bead before the first";
  EXPECT_THROW(editor_.move_segment_down(1, Side::kTarget), Error) << "no bead after the last";
  editor_.undo();
  editor_.undo();
  editor_.undo();
  EXPECT_EQ(shapes(), "1-1 1-2 1-1");
}

TEST_F(Editor, ConfirmsAndMarksNotATranslation) {
  editor_.confirm(0);
  editor_.mark_not_translation(2);
  EXPECT_EQ(editor_.state().beads[0].status, BeadStatus::kConfirmed);
  EXPECT_EQ(editor_.state().beads[2].status, BeadStatus::kNotTranslation);
  EXPECT_EQ(editor_.version(), 2u);
  editor_.confirm(0);  // already confirmed: no change, nothing to undo
  EXPECT_EQ(editor_.version(), 2u);
  editor_.undo();
  EXPECT_EQ(editor_.state().beads[2].status, BeadStatus::kAuto);
  EXPECT_EQ(editor_.state().beads[0].status, BeadStatus::kConfirmed);
}

TEST_F(Editor, EditsASegmentsText) {
  editor_.edit_segment(Side::kTarget, 3, "  c, fixed. ");
  EXPECT_EQ(texts(Side::kTarget), "a.|b1.|b2.|c, fixed.");
  EXPECT_EQ(editor_.state().beads[2].status, BeadStatus::kEdited);
  EXPECT_THROW(editor_.edit_segment(Side::kTarget, 3, " "), Error);
  EXPECT_THROW(editor_.edit_segment(Side::kTarget, 4, "x"), Error);
  editor_.undo();
  EXPECT_EQ(texts(Side::kTarget), "a.|b1.|b2.|c.");
}

TEST_F(Editor, SplitsASegmentAtTheCursorWithinItsBead) {
  AlignmentEditor editor(document_of({"Xin chào. Tạm biệt.", "Hai."}), document_of({"Hello. Bye.", "Two."}),
                         Alignment{{Bead{0, 1, 0, 1, 0, 1}, Bead{1, 1, 1, 1, 0, 1}}});
  EXPECT_THROW(editor.split_segment(Side::kSource, 0, 7), Error) << "inside the two bytes of à";
  EXPECT_THROW(editor.split_segment(Side::kSource, 0, 0), Error);
  editor.split_segment(Side::kSource, 0, 10);  // after "Xin chào." (à takes two bytes)
  ASSERT_EQ(editor.state().source.size(), 3u);
  EXPECT_EQ(editor.state().source[0].text, "Xin chào.");
  EXPECT_EQ(editor.state().source[1].text, "Tạm biệt.");
  EXPECT_EQ(editor.state().source[1].origin_begin, 0u);
  EXPECT_EQ(editor.state().beads[0].bead.type(), "2-1");
  EXPECT_EQ(editor.state().beads[1].bead.src_begin, 2u);
  editor.split_segment(Side::kTarget, 0, 6);
  EXPECT_EQ(editor.state().beads[0].bead.type(), "2-2");
  EXPECT_EQ(editor.state().target[1].text, "Bye.");
}

TEST_F(Editor, JoinsTwoSegmentsOfOneBead) {
  editor_.join_segments(Side::kTarget, 1);
  EXPECT_EQ(texts(Side::kTarget), "a.|b1. b2.|c.");
  EXPECT_EQ(shapes(), "1-1 1-1 1-1");
  EXPECT_EQ(editor_.state().target[1].origin_begin, 1u);
  EXPECT_EQ(editor_.state().target[1].origin_end, 3u);
  expect_covering();
  EXPECT_THROW(editor_.join_segments(Side::kSource, 0), Error) << "A. and B. are in different beads";
}

TEST_F(Editor, ANewOperationForgetsTheRedoHistory) {
  editor_.merge_with_next(0);
  editor_.undo();
  editor_.confirm(1);
  EXPECT_FALSE(editor_.can_redo());
  EXPECT_FALSE(editor_.redo());
  EXPECT_EQ(shapes(), "1-1 1-2 1-1");
  EXPECT_TRUE(editor_.undo());
  EXPECT_FALSE(editor_.undo());
}

TEST_F(Editor, TheUndoHistoryIsBoundedInStepsAndBytes) {
  editor_.set_history_limit({3, size_t{1} << 30});
  for (int i = 0; i < 10; ++i) editor_.edit_segment(Side::kSource, 0, "A" + std::to_string(i) + ".");
  EXPECT_EQ(editor_.history_steps(), 3u);
  int undone = 0;
  while (editor_.undo()) ++undone;
  EXPECT_EQ(undone, 3) << "the oldest steps were forgotten";
  EXPECT_EQ(texts(Side::kSource), "A6.|B.|C.");
  EXPECT_EQ(editor_.history_steps(), 3u) << "undone states wait for redo within the limit";
  while (editor_.redo()) {
  }
  EXPECT_EQ(texts(Side::kSource), "A9.|B.|C.");

  // By bytes: a long text makes every state large; the history keeps what fits, and at least the
  // last change.
  const std::string long_text(100000, 'x');
  editor_.set_history_limit({500, 250000});
  for (int i = 0; i < 10; ++i) editor_.edit_segment(Side::kTarget, 0, long_text + std::to_string(i));
  EXPECT_LE(editor_.history_bytes(), 250000u);
  EXPECT_GE(editor_.history_steps(), 1u);
  EXPECT_LT(editor_.history_steps(), 4u);
  editor_.set_history_limit({500, 1});
  EXPECT_EQ(editor_.history_steps(), 1u) << "the last change can always be undone";
  EXPECT_TRUE(editor_.undo());
  EXPECT_EQ(editor_.state().target[0].text, long_text + "8");
  expect_covering();
}

// A remembered state shares the texts it has in common with its neighbours: twenty edits of a short
// segment beside a long one count the long text once, not twenty times; undo and redo through
// splits and joins (which shift the segments after them) give every text back exactly.
TEST_F(Editor, HistoryStatesShareTheTextsTheyHaveInCommon) {
  const std::string long_text(100000, 'y');
  editor_.edit_segment(Side::kTarget, 3, long_text);
  for (int i = 0; i < 20; ++i) editor_.edit_segment(Side::kSource, 0, "A" + std::to_string(i) + ".");
  editor_.split_segment(Side::kTarget, 1, 1);
  editor_.join_segments(Side::kTarget, 1);
  EXPECT_EQ(editor_.history_steps(), 23u);
  EXPECT_GT(editor_.history_bytes(), long_text.size());
  EXPECT_LT(editor_.history_bytes(), 2 * long_text.size()) << "the long text is counted once";
  const std::string now = texts(Side::kSource) + "/" + texts(Side::kTarget);
  while (editor_.undo()) {
  }
  EXPECT_EQ(texts(Side::kSource), "A.|B.|C.");
  EXPECT_EQ(texts(Side::kTarget), "a.|b1.|b2.|c.");
  while (editor_.redo()) {
  }
  EXPECT_EQ(texts(Side::kSource) + "/" + texts(Side::kTarget), now);
  expect_covering();
  // A new change forgets the redo states, and their long text with them.
  while (editor_.undo()) {
  }
  editor_.confirm(0);
  EXPECT_EQ(editor_.history_steps(), 1u);
  EXPECT_LT(editor_.history_bytes(), 1000u);
}

TEST(BeadStatusNames, RoundTrip) {
  for (BeadStatus s :
       {BeadStatus::kAuto, BeadStatus::kEdited, BeadStatus::kConfirmed, BeadStatus::kNotTranslation}) {
    BeadStatus back = BeadStatus::kAuto;
    EXPECT_TRUE(parse_bead_status(bead_status_name(s), back));
    EXPECT_EQ(back, s);
  }
  BeadStatus back = BeadStatus::kEdited;
  EXPECT_FALSE(parse_bead_status("accepted", back));
}

}  // namespace
}  // namespace songngu
