#include "check/render.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace songngu {
namespace {

Finding missing() {
  Finding f;
  f.file = "vi-en.tmx";
  f.unit = "12";
  f.source_term = "Đối tác chiến lược toàn diện";
  f.expected = "Comprehensive Strategic Partnership";
  f.excerpt = "The two sides <b>deepened</b> ties";
  f.source_excerpt = "Hai bên";
  return f;
}

TEST(Render, CompilerStyleLine) {
  EXPECT_EQ(finding_line(missing()),
            "vi-en.tmx:unit 12: \"Đối tác chiến lược toàn diện\" → expected \"Comprehensive Strategic "
            "Partnership\", found none");
  Finding f = missing();
  f.unit_kind = "line";
  f.found = "all-round partnership";
  EXPECT_EQ(finding_line(f).substr(0, 20), "vi-en.tmx:line 12: \"");
  EXPECT_NE(finding_line(f).find("found \"all-round partnership\""), std::string::npos);
}

TEST(Render, AlignmentPointerBesideTheExcerpts) {
  Finding f = missing();
  EXPECT_EQ(alignment_line(f), "");
  f.rendering_known = true;
  EXPECT_EQ(alignment_line(f), "\"Đối tác chiến lược toàn diện\" is aligned to no target word");
  EXPECT_NE(render_json({f}).find("\"aligned_to\": null"), std::string::npos);
  f.rendered_by = "deepened";
  f.rendered_begin = 17, f.rendered_end = 25;  // in "The two sides <b>deepened</b> ties"
  EXPECT_NE(render_text({f}).find("\n    \"Đối tác chiến lược toàn diện\" is aligned to \"deepened\"\n"),
            std::string::npos);
  EXPECT_NE(render_json({f}).find("\"aligned_to\": \"deepened\""), std::string::npos);
  EXPECT_NE(render_html({f}, "t").find("&lt;b&gt;<mark>deepened</mark>&lt;/b&gt;"), std::string::npos);
  // The finding line (an ignore file's key) does not change.
  EXPECT_EQ(finding_line(f), finding_line(missing()));
}

TEST(Render, TextHasExcerpts) {
  std::string text = render_text({missing()});
  EXPECT_NE(text.find("\n    | Hai bên\n    | The two sides"), std::string::npos);
}

TEST(Render, JsonEscapes) {
  Finding f = missing();
  f.excerpt = "a \"quote\"\tand\\";
  std::string json = render_json({f});
  EXPECT_NE(json.find("\"rule\": \"missing-translation\""), std::string::npos);
  EXPECT_NE(json.find("\"unit\": \"12\""), std::string::npos);
  EXPECT_NE(json.find("a \\\"quote\\\"\\tand\\\\"), std::string::npos);
  EXPECT_NE(json.find("\"count\": 1"), std::string::npos);
  EXPECT_EQ(render_json({}).find("\"count\": 0") != std::string::npos, true);
}

TEST(Render, HtmlIsSelfContainedAndEscaped) {
  std::string html = render_html({missing()}, "Report <1>");
  EXPECT_NE(html.find("<title>Report &lt;1&gt;</title>"), std::string::npos);
  EXPECT_NE(html.find("&lt;b&gt;deepened&lt;/b&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("http"), std::string::npos);  // no external resource
}

TEST(Render, IgnoreFileDropsAcceptedFindings) {
  auto path = std::filesystem::temp_directory_path() / "songngu-render-test-ignore.txt";
  {
    std::ofstream out(path);
    out << "# accepted\n" << finding_line(missing()) << "\n    | excerpt line\n";
  }
  auto ignored = read_ignore_file(path.string());
  EXPECT_EQ(ignored.size(), 1u);
  Finding other = missing();
  other.unit = "13";
  auto kept = drop_ignored({missing(), other}, ignored);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].unit, "13");
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace songngu
