// The public report as one standalone HTML page: inline CSS, no scripts, printable on
// A4. Every plan string goes through html().
#include <fmt/format.h>

#include <string>
#include <vector>

#include "render/public_render.hpp"
#include "render/public_words.hpp"
#include "render/report_common.hpp"
#include "text/unicode.hpp"

namespace lplan::render {

namespace {

namespace w = public_words;

constexpr const char* k_style = R"(
body{font-family:"Times New Roman","Liberation Serif",serif;font-size:12pt;margin:2em auto;max-width:48em;color:#111;line-height:1.4}
.org,.asof{text-align:center;color:#444;margin:.2em 0}h1{text-align:center;font-size:16pt;margin:.3em 0}
h2{font-size:14pt;color:#1f3864;margin-top:1.6em}h3{font-size:13pt;color:#1f3864}h4{font-style:italic;margin:.8em 0 .3em}
p.intro{text-align:justify;text-indent:1cm}
table{border-collapse:collapse;width:100%;margin:.4em 0 1em;font-size:10.5pt}th,td{border:1px solid #8c8c8c;padding:.2em .4em;vertical-align:top;text-align:left}
th{background:#dce6f0}td.n{text-align:right;white-space:nowrap}td.date{white-space:nowrap}
table.totals{width:auto}table.totals td:first-child{min-width:16em}
.signature{display:flex;justify-content:space-between;margin-top:3em}.signature .line{flex:1;border-bottom:1px solid #111;margin:0 1em .3em}
@page{size:A4;margin:2cm 1.5cm 2cm 2.5cm}@media print{body{margin:0;max-width:none}h2,h3,h4{break-after:avoid}tr{break-inside:avoid}}
)";

std::string html(std::string_view s) {
  std::string safe = text::printable(s);
  std::string out;
  out.reserve(safe.size());
  for (char c : safe) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void intro(const report::PublicReport& r, Lang lang, std::ostream& out) {
  for (const auto& block : r.intro) {
    switch (block.kind) {
      case report::IntroBlock::Kind::Paragraph:
        out << fmt::format("<p class=\"intro\">{}</p>\n", html(block.text));
        break;
      case report::IntroBlock::Kind::Priorities:
        if (!block.announced) {
          out << fmt::format("<h2>{}</h2>\n", html(w::priorities_heading(lang)));
        }
        out << "<ul>\n";
        for (const auto& p : r.priorities) {
          out << fmt::format("<li>{}</li>\n", html(p));
        }
        out << "</ul>\n";
        break;
      case report::IntroBlock::Kind::Tasks:
        if (!block.announced) {
          out << fmt::format("<h2>{}</h2>\n", html(w::tasks_heading(lang)));
        }
        out << "<ol>\n";
        for (const auto& t : r.tasks) {
          out << fmt::format("<li>{}</li>\n", html(t));
        }
        out << "</ol>\n";
        break;
    }
  }
}

void lines(std::string_view heading, const std::vector<report::PublicItem>& items, Lang lang,
           std::ostream& out) {
  if (items.empty()) {
    return;
  }
  out << fmt::format("<h4>{}</h4>\n<ul>\n", html(heading));
  for (const auto& item : items) {
    out << fmt::format("<li>{}</li>\n", html(w::item_line(item, lang)));
  }
  out << "</ul>\n";
}

void goal(const report::PublicGoal& g, Lang lang, std::ostream& out) {
  out << fmt::format("<h3>{}</h3>\n", html(w::goal_heading(g, lang)));
  if (!g.done.empty()) {
    out << fmt::format(
        "<h4>{}</h4>\n<table>\n<tr><th style=\"width:3em\">{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
        html(w::done_heading(lang)), html(w::col_number(lang)), html(w::col_activity(lang)),
        html(w::col_done_on(lang)), html(w::col_outcome(lang)));
    for (const auto& item : g.done) {
      out << fmt::format("<tr><td>{}</td><td>{}</td><td class=\"date\">{}</td><td>{}</td></tr>\n",
                         html(item.id), html(item.title), item.done ? format_date(*item.done, lang) : "",
                         html(item.outcome));
    }
    out << "</table>\n";
  }
  lines(w::in_progress_heading(lang), g.in_progress, lang, out);
  lines(w::ahead_heading(lang), g.ahead, lang, out);
  lines(w::not_done_heading(lang), g.not_done, lang, out);
}

void totals(const report::PublicReport& r, Lang lang, std::ostream& out) {
  out << fmt::format("<h2>{}</h2>\n<table class=\"totals\">\n<tr><th></th>", html(w::totals_heading(lang)));
  for (const auto& d : r.directions) {
    out << fmt::format("<th>{}</th>", html(w::direction_short(d, lang)));
  }
  out << fmt::format("<th>{}</th></tr>\n", html(w::col_total(lang)));
  for (int row = 0; row < w::k_totals_rows; ++row) {
    out << fmt::format("<tr><td>{}</td>", html(w::totals_row(row, lang)));
    for (const auto& d : r.directions) {
      out << fmt::format("<td class=\"n\">{}</td>", w::totals_value(row, d.count));
    }
    out << fmt::format("<td class=\"n\"><b>{}</b></td></tr>\n", w::totals_value(row, r.total));
  }
  out << "</table>\n";
}

}  // namespace

void public_html(const report::PublicReport& r, Lang lang, std::ostream& out) {
  std::string title = w::title(r, lang);
  out << fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n"
      "<style>{}</style>\n</head>\n<body>\n",
      lang == Lang::Uk ? "uk" : "en", html(title), k_style);
  out << fmt::format("<p class=\"org\">{}</p>\n<h1>{}</h1>\n<p class=\"asof\">{}</p>\n", html(r.organization),
                     html(title), html(w::as_of(r, lang)));
  intro(r, lang, out);
  for (const auto& d : r.directions) {
    out << fmt::format("<h2>{}</h2>\n", html(w::direction_heading(d, lang)));
    for (const auto& g : d.goals) {
      goal(g, lang, out);
    }
  }
  totals(r, lang, out);
  std::string role = w::signature_role(r, lang);
  if (!role.empty()) {
    out << fmt::format(
        "<div class=\"signature\"><span>{}</span><span class=\"line\"></span><span>{}</span></div>\n",
        html(role), html(r.head));
  }
  out << "</body>\n</html>\n";
}

}  // namespace lplan::render
