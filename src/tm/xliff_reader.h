#pragma once
// Reading XLIFF with tinyxml2: 1.2 (and 1.0/1.1, read the same way; SDLXLIFF and MQXLIFF are 1.2
// with extensions) and 2.0/2.1 core. Modules and extensions (elements and attributes of other
// namespaces: sdl:, mq:, mtc:, ...) are skipped, except the few that say a segment's state.
//
// Contract:
// - One CatSegment per 1.2 <trans-unit> (per <mrk mtype="seg"> of its <seg-source> when it has
//   them: SDLXLIFF, Okapi), per 2.0 <segment> (ids "unit/segment" when a unit has several);
//   <bin-unit>, <alt-trans>, 2.0 <ignorable> and <notes> of files and groups are not segments, nor
//   is the PO header that translate-toolkit's po2xliff writes as a unit (x-gettext-domain-header).
// - Inline codes become TMX 1.4b inline markup in Variant::markup (1.2 <g> and 2.0 <pc> as
//   <bpt>/<ept> around their content, <x/> and <ph> as <ph>, <bx/>/<ex/> and isolated <sc/>/<ec/> as
//   <it>, 1.2 <bpt>/<ept>/<it>/<ph> with their native code); markers (<mrk>, <sm/>, <em/>) are
//   dropped and their text kept; Variant::text is the text alone. Characters XML 1.0 forbids (which
//   tinyxml2 lets through) are dropped.
// - State: no target or an empty one is untranslated; a 1.2 target state needs-review-*,
//   needs-adaptation, needs-l10n or needs-translation, an SDLXLIFF conf="Draft" and an MQXLIFF
//   mq:status Editing/PartiallyEdited are fuzzy; everything else with a target is translated
//   (XLIFF 2.0 core has no fuzzy state).
// - Errors, Error(kBadInput) naming the file and line: a document type or entity declaration
//   (refused before parsing: entities are never expanded), XML that is not well-formed, a root that
//   is not <xliff>, a version other than 1.x/2.x. A valid file without units gives zero segments.
#include <string>

#include "tm/cat_file.h"

namespace songngu {

CatFile read_xliff(const std::string& path);

// The same for a file already in memory (UTF-8 text, e.g. from read_text_file); `name` names it.
CatFile parse_xliff(std::string text, const std::string& name);

}  // namespace songngu
