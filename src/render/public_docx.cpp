// The public report as a Word document: A4 portrait, the title block, the intro with
// its lists, per direction and goal a table of what was done and one line for each
// other activity, the totals and the signature line.
#include <string>
#include <vector>

#include "render/docx_document.hpp"
#include "render/public_render.hpp"
#include "render/public_words.hpp"
#include "render/report_common.hpp"

namespace lplan::render {

namespace {

namespace w = public_words;
using docx::Align;
using docx::Style;

void intro(const report::PublicReport& r, Lang lang, docx::Document& doc) {
  for (const auto& block : r.intro) {
    switch (block.kind) {
      case report::IntroBlock::Kind::Paragraph:
        doc.add(docx::para(Style::BodyText, block.text));
        break;
      case report::IntroBlock::Kind::Priorities:
        if (!block.announced) {
          doc.add(docx::para(Style::Heading1, std::string(w::priorities_heading(lang))));
        }
        for (const auto& p : r.priorities) {
          doc.add(docx::para(Style::ListBullet, p));
        }
        break;
      case report::IntroBlock::Kind::Tasks: {
        if (!block.announced) {
          doc.add(docx::para(Style::Heading1, std::string(w::tasks_heading(lang))));
        }
        int list = doc.new_numbered_list();
        for (const auto& t : r.tasks) {
          docx::Paragraph p = docx::para(Style::ListNumber, t);
          p.list = list;
          doc.add(p);
        }
        break;
      }
    }
  }
}

void done_table(const std::vector<report::PublicItem>& items, Lang lang, docx::Document& doc) {
  docx::Table table;
  // «виконання» (bold 10 pt) fits its column even in DejaVu Serif, LibreOffice's stand-in
  // for Times New Roman where that is missing.
  table.columns = {{8, Align::Left}, {36, Align::Left}, {16, Align::Left}, {40, Align::Left}};
  table.rows.push_back(
      {docx::cell(std::string(w::col_number(lang))), docx::cell(std::string(w::col_activity(lang))),
       docx::cell(std::string(w::col_done_on(lang))), docx::cell(std::string(w::col_outcome(lang)))});
  for (const auto& item : items) {
    table.rows.push_back({docx::cell(item.id), docx::cell(item.title),
                          docx::cell(item.done ? format_date(*item.done, lang) : std::string()),
                          docx::cell(item.outcome)});
  }
  doc.add(table);
}

void lines(std::string_view heading, const std::vector<report::PublicItem>& items, Lang lang,
           docx::Document& doc) {
  if (items.empty()) {
    return;
  }
  doc.add(docx::para(Style::Heading3, std::string(heading)));
  for (const auto& item : items) {
    doc.add(docx::para(Style::ListBullet, w::item_line(item, lang)));
  }
}

void totals(const report::PublicReport& r, Lang lang, docx::Document& doc) {
  doc.add(docx::para(Style::Heading1, std::string(w::totals_heading(lang))));
  docx::Table table;
  table.columns.push_back({40, Align::Left});
  std::vector<docx::Cell> header{docx::cell("")};
  for (const auto& d : r.directions) {
    table.columns.push_back({12, Align::Right});
    header.push_back(docx::cell(w::direction_short(d, lang)));
  }
  table.columns.push_back({12, Align::Right});
  header.push_back(docx::cell(std::string(w::col_total(lang))));
  table.rows.push_back(header);
  for (int row = 0; row < w::k_totals_rows; ++row) {
    std::vector<docx::Cell> cells{docx::cell(std::string(w::totals_row(row, lang)))};
    for (const auto& d : r.directions) {
      cells.push_back(docx::cell(w::totals_value(row, d.count)));
    }
    cells.push_back(docx::cell(w::totals_value(row, r.total), true));
    table.rows.push_back(cells);
  }
  // As wide as its numbers need: the label column and a narrow column each.
  table.width_percent = std::min(100, 40 + 12 * static_cast<int>(r.directions.size() + 1));
  doc.add(table);
}

void signature(const report::PublicReport& r, Lang lang, docx::Document& doc) {
  std::string role = w::signature_role(r, lang);
  if (role.empty()) {
    return;
  }
  doc.add(docx::para(Style::Normal, ""));
  docx::Table table;
  table.borders = false;
  table.header_rows = 0;
  table.columns = {{45, Align::Left}, {30, Align::Center}, {25, Align::Right}};
  docx::Cell role_cell = docx::cell(role);
  docx::Cell line = docx::cell("____________________");
  docx::Cell name = docx::cell(r.head);
  for (docx::Cell* c : {&role_cell, &line, &name}) {
    c->paragraphs.front().runs.front().half_points = 24;  // the body's 12 pt, not the table's 10
  }
  table.rows.push_back({role_cell, line, name});
  doc.add(table);
}

}  // namespace

std::string public_docx(const report::PublicReport& r, Lang lang) {
  docx::Document doc(lang);
  std::string title = w::title(r, lang);
  doc.add(docx::para(Style::Subtitle, r.organization));
  doc.add(docx::para(Style::Title, title));
  doc.add(docx::para(Style::Subtitle, w::as_of(r, lang)));
  intro(r, lang, doc);
  for (const auto& d : r.directions) {
    doc.add(docx::para(Style::Heading1, w::direction_heading(d, lang)));
    for (const auto& g : d.goals) {
      doc.add(docx::para(Style::Heading2, w::goal_heading(g, lang)));
      if (!g.done.empty()) {
        doc.add(docx::para(Style::Heading3, std::string(w::done_heading(lang))));
        done_table(g.done, lang, doc);
      }
      lines(w::in_progress_heading(lang), g.in_progress, lang, doc);
      lines(w::ahead_heading(lang), g.ahead, lang, doc);
      lines(w::not_done_heading(lang), g.not_done, lang, doc);
    }
  }
  totals(r, lang, doc);
  signature(r, lang, doc);
  return doc.package({title, r.organization, r.as_of});
}

}  // namespace lplan::render
