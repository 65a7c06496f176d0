// people.yaml of an import: a new registry, or the new entries appended to the one
// the plans folder has (which is otherwise kept byte for byte).
#include <string>

#include "import/emitter.hpp"
#include "import/yaml_comments.hpp"
#include "load/yaml_text.hpp"
#include "text/i18n.hpp"

namespace lplan::import {

namespace {

namespace yt = yaml_text;

std::string block(std::string_view value) { return yt::scalar(value); }

std::string person_yaml(const ImportedPerson& p, const std::string& indent) {
  std::string inner = indent + "  ";
  std::string out = indent + "- id: " + block(p.id) + "\n";
  if (p.body) {
    out += inner + "kind: body\n";
  }
  out += inner + "name: " + block(p.name) + "\n";
  if (!p.role.empty()) {
    out += inner + "role: " + block(p.role) + "\n";
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

std::optional<OutputFile> people_file(const ImportedPlan& plan, const EmitOptions& options) {
  if (plan.people.empty()) {
    return std::nullopt;
  }
  std::string year = std::to_string(plan.year);
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
      return OutputFile{"people.yaml", existing + "\n" + comment_lines(note, *indent) + people_entries(plan, *indent)};
    }
    // The registry cannot be appended to: the year keeps its new people itself.
    return OutputFile{year + "/people.yaml", comment_lines(note, "") + "people:\n" + people_entries(plan, "  ")};
  }
  std::string header = comment_lines(tr("Registry of the persons and bodies responsible for activities, shared by "
                                        "all plan years."),
                                     "") +
                       comment_lines(note, "");
  return OutputFile{"people.yaml", header + "people:\n" + people_entries(plan, "  ")};
}

}  // namespace lplan::import
