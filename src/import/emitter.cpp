#include "import/emitter.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "load/yaml_text.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::import {

namespace {

namespace yt = yaml_text;

constexpr int k_flow_width = 120;
constexpr int k_comment_width = 100;

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

/// `# text` lines for a text that may hold line breaks, wrapped at 100 columns;
/// `nested` indents the text (an item of a list under a comment heading).
std::string comment_lines(std::string_view view, const std::string& indent, bool nested = false) {
  std::string text(view);
  std::string out;
  std::string lead = nested ? "#   " : "# ";
  std::string follow = nested ? "#     " : "# ";
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end;
    std::string line = text.substr(start, end - start);
    if (line.empty()) {
      out += indent + "#\n";
    } else {
      int width = k_comment_width - static_cast<int>(indent.size() + follow.size());
      auto lines = text::wrap(line, std::max(width, 20));
      for (std::size_t i = 0; i < lines.size(); ++i) {
        out += indent + (i == 0 ? lead : follow) + lines[i] + "\n";
      }
    }
    start = end + 1;
  }
  return out;
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

std::string person_yaml(const ImportedPerson& p, const std::string& indent) {
  std::string inner = indent + "  ";
  std::string out = indent + "- id: " + block(p.id, 0) + "\n";
  if (p.body) {
    out += inner + "kind: body\n";
  }
  out += inner + "name: " + block(p.name, 0) + "\n";
  if (!p.role.empty()) {
    out += inner + "role: " + block(p.role, 0) + "\n";
  }
  if (!p.aliases.empty()) {
    out += inner + "aliases: " + yt::flow_list(p.aliases) + "\n";
  }
  if (!p.members.empty()) {
    out += inner + "members: " + yt::flow_list(p.members) + "\n";
  }
  return out;
}

std::string people_entries(const ImportedPlan& plan, const std::string& indent) {
  std::string out;
  bool bodies = false;
  bool persons = false;
  for (const auto& p : plan.people) {
    if (p.body && !bodies) {
      out += indent + "# " + std::string(tr("Bodies")) + "\n";
      bodies = true;
    }
    if (!p.body && !persons) {
      out += (bodies ? "\n" : "") + indent + "# " + std::string(tr("Persons")) + "\n";
      persons = true;
    }
    out += person_yaml(p, indent);
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

std::optional<std::string> people_append_indent(const std::string& existing) {
  std::size_t at = 0;
  bool in_people = false;
  bool any_key = false;
  std::optional<std::string> indent;
  while (at < existing.size()) {
    std::size_t end = existing.find('\n', at);
    end = end == std::string::npos ? existing.size() : end;
    std::string line = existing.substr(at, end - at);
    at = end + 1;
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (line.empty() || line[0] == '#' || line.find_first_not_of(' ') == std::string::npos) {
      continue;
    }
    if (line[0] != ' ' && line[0] != '-') {
      any_key = true;
      if (in_people) {
        return std::nullopt;  // another top-level key after the list
      }
      std::string rest = line.rfind("people:", 0) == 0 ? line.substr(7) : std::string("x");
      std::size_t nonblank = rest.find_first_not_of(' ');
      if (rest != "x" && (nonblank == std::string::npos || rest[nonblank] == '#')) {
        in_people = true;
      } else if (rest != "x") {
        return std::nullopt;  // `people: [...]`
      }
      continue;
    }
    if (in_people && !indent) {
      std::size_t dash = line.find_first_not_of(' ');
      if (line[dash] != '-') {
        return std::nullopt;
      }
      indent = line.substr(0, dash);
    }
  }
  if (!in_people) {
    // A file of comments only gets its `people:` list; one with other keys is left alone.
    return any_key ? std::nullopt : std::optional<std::string>("  ");
  }
  return indent.value_or("  ");
}

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

  if (plan.people.empty()) {
    return files;
  }
  std::string note = trf("Added by «lplan import» from {} ({}): check names, roles and ids.", plan.source, plan.year);
  if (options.existing_people) {
    std::string existing = *options.existing_people;
    if (auto indent = people_append_indent(existing)) {
      if (!existing.empty() && existing.back() != '\n') {
        existing += '\n';
      }
      if (existing.find("\npeople:") == std::string::npos && existing.rfind("people:", 0) != 0) {
        existing += "people:\n";
      }
      files.push_back({"people.yaml", existing + "\n" + comment_lines(note, *indent) + people_entries(plan, *indent)});
      return files;
    }
    // The registry cannot be appended to: the year keeps its new people itself.
    files.push_back({year + "/people.yaml", comment_lines(note, "") + "people:\n" + people_entries(plan, "  ")});
    return files;
  }
  std::string header = comment_lines(tr("Registry of the persons and bodies responsible for activities, shared by "
                                        "all plan years."),
                                     "") +
                       comment_lines(note, "");
  files.push_back({"people.yaml", header + "people:\n" + people_entries(plan, "  ")});
  return files;
}

}  // namespace lplan::import
