// The .docx writer (src/render/docx_*, zip_package, report_docx, public_docx): the
// package read back with minizip's unzip and every part parsed with pugixml — the
// parts Word needs, styles, A4 sections, fixed table widths, the landscape timeline,
// the document's title and language, and hostile plan text escaped everywhere.
#include <doctest/doctest.h>
#include <minizip/unzip.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <numeric>
#include <pugixml.hpp>
#include <string>

#include "check/checks.hpp"
#include "load/loader.hpp"
#include "render/public_render.hpp"
#include "render/report_render.hpp"
#include "render/zip_package.hpp"
#include "report/public_report.hpp"
#include "report/year_report.hpp"

using namespace lplan;

namespace {

/// Every entry of a zip archive, by name, in archive order of names.
std::map<std::string, std::string> unzip_all(const std::string& bytes) {
  char path[] = "/tmp/lplan-docx-test-XXXXXX";
  int fd = ::mkstemp(path);
  REQUIRE(fd >= 0);
  ::close(fd);
  {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
  }
  std::map<std::string, std::string> entries;
  unzFile zip = unzOpen64(path);
  REQUIRE(zip != nullptr);
  for (int rc = unzGoToFirstFile(zip); rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
    char name[512];
    unz_file_info64 info{};
    REQUIRE(unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK);
    REQUIRE(unzOpenCurrentFile(zip) == UNZ_OK);
    std::string content(static_cast<std::size_t>(info.uncompressed_size), '\0');
    int read = unzReadCurrentFile(zip, content.data(), static_cast<unsigned>(content.size()));
    CHECK(read == static_cast<int>(content.size()));
    CHECK(unzCloseCurrentFile(zip) == UNZ_OK);  // also checks the CRC
    entries[name] = content;
  }
  unzClose(zip);
  std::remove(path);
  return entries;
}

/// True when `s` holds only characters XML 1.0 allows (checked on the raw bytes).
bool xml_chars_only(const std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      return false;
    }
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
      return false;
    }
  }
  return s.find("&#") == std::string::npos;  // no character reference can smuggle a control in
}

pugi::xml_document parsed(const std::string& xml) {
  pugi::xml_document doc;
  pugi::xml_parse_result result = doc.load_string(xml.c_str());
  CHECK_MESSAGE(result, result.description());
  return doc;
}

/// All text of w:t nodes under `node`, concatenated.
std::string text_of(pugi::xml_node node) {
  std::string out;
  for (pugi::xpath_node t : node.select_nodes(".//w:t")) {
    out += t.node().text().get();
  }
  return out;
}

const char* k_plan = R"(plan:
  year: 2020
  organization: "Org & <Co> ]]> \u0007"
  short: ЛОВ УБА
  title: "План <b>роботи</b> & ]]>"
  head: Риб'янцева І.П.
  intro: "Вступ <script>alert('i')</script> & ]]>\n\nПріоритети:\n"
  priorities: ["<script>alert('p')</script>"]
  tasks: [Навчання]
directions:
  - {id: sn1, number: 1, title: "Галузь & <i>"}
goals:
  - {id: g1, number: 1, direction: sn1, title: "Ціль ]]> \u001b[31m"}
activities:
  - {id: "1.1", goal: g1, title: "<script>alert(1)</script> & ]]> \e[2J\u0007 end", when: "лютий - квітень",
     responsible: [ann], audience: ["<a>"], status: done, done: 2020-04-20, outcome: "Готово </w:t><w:t>x & ]]>"}
  - {id: "1.2", goal: g1, title: Курс, when: "Протягом року", responsible: [ann], audience: [a]}
  - {id: "1.3", goal: g1, title: Зміни, responsible: [ann], audience: [a]}
  - {id: "1.4", goal: g1, title: "За планом", when: "за окремим планом", responsible: [ann], audience: [a]}
)";

const char* k_people = "people:\n  - {id: ann, name: \"Анна <&>\"}\n";

YearPlan load_plan() {
  Diagnostics diags;
  Repository repo = load::load_from_string(k_plan, "2020.yaml", diags, std::string_view(k_people));
  check::check_repository(repo, check::CheckOptions{Date{2020, 6, 15}, std::nullopt}, diags);
  REQUIRE_FALSE(diags.has_errors());
  return repo.years.front();
}

std::string internal_docx(Lang lang) {
  return render::report_docx(report::build_report(load_plan(), Date{2020, 6, 15}), lang);
}

std::string public_docx(Lang lang) {
  return render::public_docx(report::build_public_report(load_plan(), Date{2020, 6, 15}), lang);
}

const char* const k_parts[] = {
    "[Content_Types].xml", "_rels/.rels",       "word/document.xml",  "word/_rels/document.xml.rels",
    "word/styles.xml",     "word/settings.xml", "word/numbering.xml", "word/footer1.xml",
    "docProps/core.xml",   "docProps/app.xml"};

}  // namespace

TEST_CASE("a zip written by ZipPackage reads back with minizip's unzip") {
  render::ZipPackage zip(Date{2020, 6, 15});
  zip.add("a.txt", "перший");
  zip.add("dir/b.xml", std::string(100000, 'x'));
  auto entries = unzip_all(zip.finish());
  REQUIRE(entries.size() == 2);
  CHECK(entries["a.txt"] == "перший");
  CHECK(entries["dir/b.xml"] == std::string(100000, 'x'));
}

TEST_CASE("every part of both documents is there, well-formed, and holds only XML characters") {
  for (Lang lang : {Lang::Uk, Lang::En}) {
    for (const std::string& bytes : {internal_docx(lang), public_docx(lang)}) {
      auto entries = unzip_all(bytes);
      for (const char* part : k_parts) {
        CAPTURE(part);
        REQUIRE(entries.contains(part));
        CHECK(xml_chars_only(entries[part]));
        CHECK(entries[part].starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"));
        pugi::xml_document doc = parsed(entries[part]);
        CHECK(doc.document_element());
      }
      CHECK(entries.size() == std::size(k_parts));
      // Every part but the content types and the package relationships is declared.
      pugi::xml_document types = parsed(entries["[Content_Types].xml"]);
      for (const char* part : k_parts) {
        std::string name = std::string("/") + part;
        if (name.ends_with(".rels") || name == "/[Content_Types].xml") {
          continue;
        }
        CHECK_MESSAGE(types.document_element().find_child_by_attribute("Override", "PartName", name.c_str()),
                      name);
      }
    }
  }
}

TEST_CASE("hostile plan text reaches the document as text, escaped and without controls") {
  auto entries = unzip_all(internal_docx(Lang::Uk));
  const std::string& raw = entries["word/document.xml"];
  CHECK(raw.find("<script>") == std::string::npos);
  CHECK(raw.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt;") != std::string::npos);
  CHECK(raw.find("]]>") == std::string::npos);
  pugi::xml_document doc = parsed(raw);
  std::string text = text_of(doc.document_element());
  CHECK(text.find("<script>alert(1)</script> & ]]>") != std::string::npos);
  CHECK(text.find("Готово </w:t><w:t>x & ]]>") != std::string::npos);
  CHECK(text.find("Анна <&>") != std::string::npos);
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find('\x07') == std::string::npos);

  auto pub = unzip_all(public_docx(Lang::Uk));
  pugi::xml_document pub_doc = parsed(pub["word/document.xml"]);
  std::string public_text = text_of(pub_doc.document_element());
  CHECK(public_text.find("Вступ <script>alert('i')</script> & ]]>") != std::string::npos);
  CHECK(public_text.find("<script>alert('p')</script>") != std::string::npos);
  CHECK(public_text.find("Готово </w:t><w:t>x & ]]>") != std::string::npos);
  pugi::xml_document core = parsed(pub["docProps/core.xml"]);
  CHECK(std::string(core.document_element().child("dc:creator").text().get()).starts_with("Org & <Co> ]]> "));
}

TEST_CASE("the core properties carry the title, the language and the report's date") {
  for (Lang lang : {Lang::Uk, Lang::En}) {
    auto entries = unzip_all(public_docx(lang));
    pugi::xml_document core_doc = parsed(entries["docProps/core.xml"]);
    pugi::xml_node core = core_doc.document_element();
    CHECK(std::string(core.child("dc:language").text().get()) == (lang == Lang::Uk ? "uk-UA" : "en-US"));
    CHECK(std::string(core.child("dc:title").text().get()) ==
          (lang == Lang::Uk ? "Звіт про виконання плану роботи ЛОВ УБА за 2020 рік"
                            : "Report on the 2020 work plan of ЛОВ УБА"));
    CHECK(std::string(core.child("dcterms:created").text().get()) == "2020-06-15T00:00:00Z");
    pugi::xml_document styles_doc = parsed(entries["word/styles.xml"]);
    pugi::xml_node styles = styles_doc.document_element();
    std::string lang_attr = styles.child("w:docDefaults")
                                .child("w:rPrDefault")
                                .child("w:rPr")
                                .child("w:lang")
                                .attribute("w:val")
                                .value();
    CHECK(lang_attr == (lang == Lang::Uk ? "uk-UA" : "en-US"));
  }
}

TEST_CASE("the styles are real: title, headings 1-3 with outline levels, lists and a table style") {
  auto entries = unzip_all(public_docx(Lang::Uk));
  pugi::xml_document styles_doc = parsed(entries["word/styles.xml"]);
  pugi::xml_node styles = styles_doc.document_element();
  auto style = [&](const char* id) { return styles.find_child_by_attribute("w:style", "w:styleId", id); };
  CHECK(std::string(style("Title").child("w:name").attribute("w:val").value()) == "Title");
  for (int level = 1; level <= 3; ++level) {
    std::string id = "Heading" + std::to_string(level);
    pugi::xml_node h = style(id.c_str());
    REQUIRE(h);
    CHECK(std::string(h.child("w:name").attribute("w:val").value()) == "heading " + std::to_string(level));
    CHECK(h.child("w:pPr").child("w:outlineLvl").attribute("w:val").as_int() == level - 1);
  }
  pugi::xml_node grid = style("TableGrid");
  REQUIRE(grid);
  CHECK(std::string(grid.attribute("w:type").value()) == "table");
  CHECK(grid.child("w:tblPr").child("w:tblBorders"));
  // Every paragraph style the document uses is defined.
  pugi::xml_document doc = parsed(entries["word/document.xml"]);
  for (pugi::xpath_node p : doc.select_nodes("//w:pStyle")) {
    CHECK_MESSAGE(style(p.node().attribute("w:val").value()), p.node().attribute("w:val").value());
  }
}

TEST_CASE("every table has fixed column widths that add up, and no column is narrow") {
  for (const std::string& bytes : {internal_docx(Lang::Uk), public_docx(Lang::Uk)}) {
    pugi::xml_document doc = parsed(unzip_all(bytes)["word/document.xml"]);
    int tables = 0;
    for (pugi::xpath_node t : doc.select_nodes("//w:tbl")) {
      ++tables;
      pugi::xml_node tbl = t.node();
      CHECK(std::string(tbl.child("w:tblPr").child("w:tblLayout").attribute("w:type").value()) == "fixed");
      int total = tbl.child("w:tblPr").child("w:tblW").attribute("w:w").as_int();
      std::vector<int> grid;
      for (pugi::xml_node col : tbl.child("w:tblGrid").children("w:gridCol")) {
        grid.push_back(col.attribute("w:w").as_int());
        CHECK(grid.back() >= 450);  // 0.8 cm: the narrowest, a month of the timeline
      }
      CHECK(std::accumulate(grid.begin(), grid.end(), 0) == total);
      for (pugi::xml_node tr : tbl.children("w:tr")) {
        int row = 0;
        for (pugi::xml_node tc : tr.children("w:tc")) {
          row += tc.child("w:tcPr").child("w:tcW").attribute("w:w").as_int();
          CHECK(tc.child("w:p"));  // a cell holds at least one paragraph
        }
        CHECK(row == total);
      }
    }
    CHECK(tables > 0);
  }
}

TEST_CASE("A4 everywhere; the internal report's timeline is in a landscape section of its own") {
  pugi::xml_document doc = parsed(unzip_all(internal_docx(Lang::Uk))["word/document.xml"]);
  std::vector<bool> landscape;
  for (pugi::xpath_node s : doc.select_nodes("//w:sectPr")) {
    pugi::xml_node size = s.node().child("w:pgSz");
    int w = size.attribute("w:w").as_int();
    int h = size.attribute("w:h").as_int();
    CHECK(std::min(w, h) == 11906);
    CHECK(std::max(w, h) == 16838);
    landscape.push_back(w > h);
    CHECK((w > h) == (std::string(size.attribute("w:orient").value()) == "landscape"));
    CHECK(s.node().child("w:footerReference"));
  }
  CHECK(landscape == std::vector<bool>{false, true, false});
  // The widest table is the timeline: 14 columns on the landscape width.
  int widest = 0;
  std::size_t columns = 0;
  for (pugi::xpath_node t : doc.select_nodes("//w:tbl")) {
    int w = t.node().child("w:tblPr").child("w:tblW").attribute("w:w").as_int();
    if (w > widest) {
      widest = w;
      columns =
          static_cast<std::size_t>(std::distance(t.node().child("w:tblGrid").children("w:gridCol").begin(),
                                                 t.node().child("w:tblGrid").children("w:gridCol").end()));
    }
  }
  CHECK(widest == 16838 - 2 * 1134);
  CHECK(columns == 14);

  pugi::xml_document pub = parsed(unzip_all(public_docx(Lang::Uk))["word/document.xml"]);
  CHECK(pub.select_nodes("//w:sectPr").size() == 1);
  CHECK_FALSE(pub.select_node("//w:pgSz[@w:orient='landscape']"));
}

TEST_CASE("the public document: title, intro, done table with the outcome, the signature; no placeholders") {
  pugi::xml_document doc = parsed(unzip_all(public_docx(Lang::Uk))["word/document.xml"]);
  pugi::xml_node body = doc.document_element().child("w:body");
  pugi::xml_node title = body.find_child([](pugi::xml_node p) {
    return std::string(p.child("w:pPr").child("w:pStyle").attribute("w:val").value()) == "Title";
  });
  CHECK(text_of(title) == "Звіт про виконання плану роботи ЛОВ УБА за 2020 рік");
  std::string text = text_of(body);
  CHECK(text.find("Станом на 15.06.2020") != std::string::npos);
  CHECK(text.find("Дата виконання") != std::string::npos);
  CHECK(text.find("20.04.2020") != std::string::npos);
  CHECK(text.find("Голова ЛОВ УБА") != std::string::npos);
  CHECK(text.find("Риб'янцева І.П.") != std::string::npos);
  CHECK(text.find("результат ще не внесено") == std::string::npos);
  CHECK(text.find("Прострочені") == std::string::npos);
  // The priorities list follows the paragraph that announces it, without a heading.
  CHECK(text.find("Пріоритети:<script>") != std::string::npos);
}

TEST_CASE("the same report gives the same bytes") {
  CHECK(public_docx(Lang::Uk) == public_docx(Lang::Uk));
  CHECK(internal_docx(Lang::En) == internal_docx(Lang::En));
}
