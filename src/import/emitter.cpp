#include "import/emitter.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "import/yaml_comments.hpp"
#include "load/yaml_text.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::import {

namespace {

namespace yt = yaml_text;

constexpr int k_flow_width = 120;

std::string block(std::string_view value, int indent) {
  yt::ScalarOptions o;
  o.indent = indent;
  return yt::scalar(value, o);
}

std::string quoted(std::string_view value) {
  yt::ScalarOptions o;
  o.prefer = yt::Style::DoubleQuoted;
  return yt::scalar(value, o);
}

std::string flow(std::string_view value) {
  yt::ScalarOptions o;
  o.context = yt::Context::Flow;
  return yt::scalar(value, o);
}

/// `key: [a, b]` when it fits on a line, else a block list.
std::string list_field(const std::string& key, const std::vector<std::string>& items, const std::string& prefix,
                       int indent, bool always_block = false) {
  std::string pad(static_cast<std::size_t>(indent), ' ');
  std::string head = pad + key + ":" + (prefix.empty() ? "" : " " + prefix);
  std::string flow_text = yt::flow_list(items);
  if (!always_block && text::display_width(head + " " + flow_text) <= k_flow_width) {
    return head + " " + flow_text;
  }
  std::string out = head;
  for (const auto& item : items) {
    out += "\n" + pad + "  - " + block(item, indent + 4);
  }
  return out;
}

struct FileOf {
  std::vector<std::string> names;            ///< activity file per direction index
  std::map<std::string, std::string> goal;   ///< goal id → file name
};

FileOf file_names(const ImportedPlan& plan) {
  FileOf out;
  bool single = plan.directions.size() == 1 && plan.directions[0].heading.empty();
  for (const auto& d : plan.directions) {
    out.names.push_back(single ? "activities.yaml" : d.id + ".yaml");
  }
  for (const auto& g : plan.goals) {
    for (std::size_t d = 0; d < plan.directions.size(); ++d) {
      if (plan.directions[d].id == g.direction) {
        out.goal[g.id] = out.names[d];
      }
    }
  }
  return out;
}

/// Which shared values are written as an anchor and aliases: an alias needs its anchor
/// earlier in the same file (YAML anchors do not cross files); elsewhere the value is
/// written out again.
struct Sharing {
  std::map<std::string, std::string> anchor_file;       ///< anchor → the file that defines it
  std::set<std::pair<std::string, std::string>> used;  ///< (file, anchor) with an alias in that file
};

std::string activity_yaml(const ImportedPlan& plan, const ImportedActivity& a, const std::string& file,
                          const Sharing& sharing) {
  auto field_prefix = [&](Field f, bool& alias) -> std::string {
    alias = false;
    auto it = a.shared.find(f);
    if (it == a.shared.end() || !sharing.used.count({file, it->second.anchor})) {
      return {};
    }
    if (it->second.defines) {
      return "&" + it->second.anchor;
    }
    alias = true;
    return "*" + it->second.anchor;
  };
  auto alias_comment = [&](Field f) {
    return a.shared.at(f).merged ? std::string(tr("a merged cell in the source"))
                                 : std::string(tr("«the same as above» in the source"));
  };
  std::string out = "  - id: " + quoted(a.id) + "   # " + describe_rows(plan.kind, a.rows) + "\n";
  out += "    goal: " + block(a.goal, 0) + "\n";
  auto scalar_field = [&](Field f, const std::string& key, const std::string& value, bool prefer_quotes) {
    bool alias = false;
    std::string prefix = field_prefix(f, alias);
    if (alias) {
      out += "    " + key + ": " + prefix + "   # " + alias_comment(f) + "\n";
      return;
    }
    std::string v = prefer_quotes ? quoted(value) : block(value, 6);
    out += "    " + key + ":" + (prefix.empty() ? "" : " " + prefix) + " " + v + "\n";
  };
  auto list = [&](Field f, const std::string& key, const std::vector<std::string>& items, bool always_block) {
    if (items.empty()) {
      return;
    }
    bool alias = false;
    std::string prefix = field_prefix(f, alias);
    if (alias) {
      out += "    " + key + ": " + prefix + "   # " + alias_comment(f) + "\n";
      return;
    }
    out += list_field(key, items, prefix, 4, always_block) + "\n";
  };
  scalar_field(Field::Title, "title", a.title, false);
  list(Field::Details, "details", a.details, true);
  list(Field::Audience, "audience", a.audience, false);
  if (a.when) {
    scalar_field(Field::When, "when", *a.when, true);
  }
  list(Field::Responsible, "responsible", a.responsible, false);
  list(Field::Resources, "resources", a.resources, false);
  if (!a.place.empty()) {
    scalar_field(Field::Place, "place", a.place, false);
  }
  list(Field::Tags, "tags", a.tags, false);
  if (!a.outcome.empty()) {
    scalar_field(Field::Outcome, "outcome", a.outcome, false);
  }
  if (!a.notes.empty()) {
    out += "    notes: " + block(a.notes, 6) + "\n";
  }
  return out;
}

std::string plan_yaml(const ImportedPlan& plan) {
  std::string out = comment_lines(trf("Imported by «lplan import» from {}: check it against the source (the notes "
                                      "at the end of this file list what lplan could not decide).",
                                      plan.source),
                                  "");
  out += "plan:\n";
  out += "  year: " + std::to_string(plan.year) + "\n";
  if (!plan.organization.empty()) {
    out += "  organization: " + block(plan.organization, 4) + "\n";
  }
  if (!plan.title.empty()) {
    out += "  title: " + block(plan.title, 4) + "\n";
  }
  if (!plan.head.empty()) {
    out += "  head: " + block(plan.head, 4) + "\n";
  }
  if (!plan.approved.empty()) {
    yt::ScalarOptions o;
    o.date = true;
    out += "  approved: " + yt::scalar(plan.approved, o) + "\n";
  }
  if (!plan.intro.empty()) {
    yt::ScalarOptions o;
    o.indent = 4;
    o.prefer = yt::Style::Literal;
    out += "  intro: " + yt::scalar(plan.intro + "\n", o) + "\n";
  }
  if (!plan.directions.empty()) {
    out += "\ndirections:\n";
    for (const auto& d : plan.directions) {
      out += "  - {id: " + flow(d.id) + ", number: " + std::to_string(d.number) + ", title: " + flow(d.title) + "}\n";
    }
  }
  if (!plan.goals.empty()) {
    out += "\ngoals:\n";
    for (const auto& g : plan.goals) {
      out += "  - {id: " + flow(g.id) + ", number: " + std::to_string(g.number) + ", direction: " + flow(g.direction) +
             ", title: " + flow(g.title) + "}\n";
    }
  }
  if (!plan.unplaced.empty()) {
    out += "\n" + comment_lines(tr("Rows of the table that became no activity (copy what is needed into one):"), "");
    for (const auto& [pos, text] : plan.unplaced) {
      out += comment_lines(describe_pos(plan.kind, pos) + ": " + text, "", true);
    }
  }
  if (!plan.leftover.empty()) {
    out += "\n" + comment_lines(tr("Text around the table that is in no field:"), "");
    for (const auto& p : plan.leftover) {
      out += comment_lines(p, "", true);
    }
  }
  if (!plan.review.empty()) {
    out += "\n" + comment_lines(tr("What lplan import could not decide (check, then delete these lines):"), "");
    for (const auto& r : plan.review) {
      std::string where = describe_pos(plan.kind, r.pos);
      out += comment_lines((where.empty() ? "" : where + ": ") + r.message, "", true);
    }
  }
  return out;
}

}  // namespace

std::vector<OutputFile> emit_files(const ImportedPlan& plan, const EmitOptions& options) {
  std::string year = std::to_string(plan.year);
  std::vector<OutputFile> files;
  files.push_back({year + "/plan.yaml", plan_yaml(plan)});

  FileOf names = file_names(plan);
  Sharing sharing;
  for (const auto& a : plan.activities) {
    for (const auto& [field, shared] : a.shared) {
      if (shared.defines) {
        sharing.anchor_file[shared.anchor] = names.goal[a.goal];
      }
    }
  }
  for (const auto& a : plan.activities) {
    for (const auto& [field, shared] : a.shared) {
      if (!shared.defines && sharing.anchor_file[shared.anchor] == names.goal[a.goal]) {
        sharing.used.insert({names.goal[a.goal], shared.anchor});
      }
    }
  }
  for (std::size_t d = 0; d < plan.directions.size(); ++d) {
    const ImportedDirection& dir = plan.directions[d];
    std::string body;
    std::size_t count = 0;
    for (const auto& g : plan.goals) {
      if (g.direction != dir.id) {
        continue;
      }
      bool first = true;
      for (const auto& a : plan.activities) {
        if (a.goal != g.id) {
          continue;
        }
        body += first ? comment_lines(g.heading.empty() ? g.title : g.heading, "  ")
                      : std::string("\n");
        body += activity_yaml(plan, a, names.names[d], sharing);
        first = false;
        ++count;
      }
      if (!first) {
        body += "\n";
      }
    }
    if (count == 0) {
      continue;
    }
    while (body.size() >= 2 && body.compare(body.size() - 2, 2, "\n\n") == 0) {
      body.pop_back();
    }
    std::string head = dir.heading.empty() ? plan.title : dir.heading;
    std::string content = comment_lines(trnf("{}: {} activity, imported from {}.", "{}: {} activities, imported from {}.",
                                             static_cast<long long>(count), head, count, plan.source),
                                        "");
    files.push_back({year + "/" + names.names[d], content + "activities:\n" + body});
  }

  if (auto people = people_file(plan, options)) {
    files.push_back(std::move(*people));
  }
  return files;
}

}  // namespace lplan::import
