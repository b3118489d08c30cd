#pragma once
// Writing XLIFF for CAT tools: 1.2 (default), valid against the OASIS strict schema (no attributes of
// other namespaces), or 2.0 core, valid against its schema and the rules the schema cannot say
// (unique ids in a unit, every <ec> closing an <sc> of its segment). One <trans-unit> (1.2) or
// <unit> with one <segment> (2.0) per translation unit that has both languages.
//
// Contract:
// - Unit ids: the tuid when it is a unique, non-empty name (1.2) or the running number "u1"... with
//   the tuid as the unit's name (2.0, where ids are NMTOKENs).
// - Inline markup (TMX bpt/ept/ph/it/ut; hi and sub keep their text) becomes 1.2 bpt/ept/ph/it with
//   the native code kept, or 2.0 sc/ec/ph with the native code in <originalData>; a bpt without its
//   ept in the same segment is written as an isolated code. A code with TMX x="N" (N a number; what
//   pairs a code with its counterpart in the other language) gets the id "xN" on its side, so the
//   pair shares its id as XLIFF pairs codes; other codes are numbered by kind ("b1", "p1"...), and
//   ids stay unique on each side. TMX type= bold/italic/ulined/link (and lb on a ph) becomes 1.2
//   ctype= or 2.0 type="fmt" subType="xlf:b"... (type="link").
// - A unit whose x-confidence property is below `doubtful_below` gets state="needs-review-translation"
//   (1.2) or state="initial" subState="songngu:doubtful" (2.0); the others "translated" (and, in 1.2,
//   approved="yes", without which translate-toolkit and Okapi read a unit as a draft). The
//   confidence goes in a <note>, and so do the unit's notes.
// - Written through AtomicFile: nothing appears on failure. Characters XML 1.0 forbids are removed
//   and counted.
#include <cstddef>
#include <string>
#include <vector>

#include "tm/translation_unit.h"

namespace songngu {

struct XliffWriteOptions {
  std::string version = "1.2";  // "1.2" or "2.0"
  std::string source_lang;      // tags as written in the file
  std::string target_lang;
  std::string original = "songngu";  // <file original="...">: the document the units came from
  double doubtful_below = 0.5;
};

struct XliffWriteResult {
  size_t units = 0;
  size_t removed_characters = 0;
};

// Throws Error(kUsage) for a version other than 1.2/2.0 or an empty language, Error(kOutput) when
// the file cannot be written, Error(kBadInput) for ill-formed inline markup.
XliffWriteResult write_xliff(const std::string& path, const std::vector<TranslationUnit>& units,
                             const XliffWriteOptions& options);

// "1.2", "2.0" (also "1", "2", "2.1" read as 2.0's core). Throws Error(kUsage) for others.
std::string xliff_version_named(const std::string& name);

}  // namespace songngu
