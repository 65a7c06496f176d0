// The zsh completion script: one `_arguments` spec list per command (the global
// options repeated in each, since they are taken after the command too), commands
// listed with their descriptions, plan values from `lplan __complete` shown with
// their titles. Loaded by compinit as the function file `_lplan`, or sourced.
#include <fmt/format.h>

#include <algorithm>

#include "render/completion.hpp"

namespace lplan::render {

namespace {

/// Text inside single quotes: ' becomes '\''.
std::string single_quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

/// Backslashes before the characters that `chars` lists (and before backslashes).
std::string escaped(const std::string& text, std::string_view chars) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || chars.find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

/// The `_arguments` action that completes `v`.
std::string action(const ValueCompletion& v, const std::vector<std::string>& formats) {
  auto list = [](const std::vector<std::string>& words) {
    std::string out = "(";
    for (const auto& w : words) {
      out += (out.size() == 1 ? "" : " ") + escaped(w, " ()'\"`$:");
    }
    return out + ")";
  };
  switch (v.source) {
    case ValueSource::Free:
      return " ";
    case ValueSource::Words:
      return list(v.words);
    case ValueSource::Plan:  // {…}: called as written (a plain command would get compadd options first)
      return "{_lplan_plan " + escaped(v.plan_kind, " ") + " " + escaped(v.label, " ") + "}";
    case ValueSource::CommandFormats:
      return formats.empty() ? " " : list(formats);
    case ValueSource::Files:
      return "_files";
    case ValueSource::Folders:
      return "_files -/";
  }
  return " ";
}

std::string label_of(const OptionSpec& o) {
  if (!o.values.label.empty()) {
    return escaped(o.values.label, ":");
  }
  return "value";
}

/// The `_arguments` specs of one option, one per name, each single-quoted.
std::vector<std::string> option_specs(const OptionSpec& o, const std::vector<std::string>& formats) {
  std::string exclusion;
  if (o.repeatable) {
    exclusion = "*";
  } else if (o.names.size() > 1) {
    exclusion = "(";
    for (const auto& n : o.names) {
      exclusion += (exclusion.size() == 1 ? "" : " ") + n;
    }
    exclusion += ")";
  }
  std::string description = "[" + escaped(o.description, "[]:") + "]";
  std::string value = o.takes_value ? ":" + label_of(o) + ":" + action(o.values, formats) : "";
  std::vector<std::string> specs;
  for (const auto& n : o.names) {
    specs.push_back(single_quoted(exclusion + n + description + value));  // the value: the next word
  }
  return specs;
}

std::string positional_spec(const OptionSpec& p, std::size_t index, bool last,
                            const std::vector<std::string>& formats) {
  std::string position = p.repeatable && last ? "*" : std::to_string(index + 1);
  return single_quoted(position + ":" + label_of(p) + ":" + action(p.values, formats));
}

void write_specs(const std::vector<std::string>& specs, std::ostream& out) {
  for (const auto& s : specs) {
    out << " \\\n        " << s;
  }
}

void context_scan(const CompletionSpec& spec, std::ostream& out) {
  std::string names;
  std::string joined;
  for (const auto& o : spec.global_options) {
    if (!o.plan_context) {
      continue;
    }
    for (const auto& n : o.names) {
      names += (names.empty() ? "" : "|") + n;
      if (n.starts_with("--")) {
        joined += (joined.empty() ? "" : "|") + n + "=*";
      }
    }
  }
  out << "  # The options that change which plan `__complete` reads, passed on to it.\n"
         "  local i\n"
         "  for (( i = 2; i < CURRENT; i++ )); do\n"
         "    case ${words[i]} in\n";
  if (!names.empty()) {
    out << "      (" << names
        << ") (( i + 1 < CURRENT )) && _lplan_ctx+=(\"${words[i]}\" \"${(Q)words[i+1]/#\\~/$HOME}\") ;;\n";
  }
  if (!joined.empty()) {
    out << "      (" << joined << ") _lplan_ctx+=(\"${(Q)words[i]}\") ;;\n";
  }
  out << "    esac\n  done\n";
}

constexpr const char* k_plan_function =
    R"zsh(# Values from the plan of the current folder (or --plans): `lplan __complete KIND`
# prints "value<TAB>description" lines; only plain ids are taken.
_lplan_plan() {
  local -a items
  local line value
  for line in ${(f)"$($_lplan_prog __complete $1 $_lplan_ctx 2>/dev/null)"}; do
    value=${line%%$'\t'*}
    [[ -n $value && $value != *[^0-9A-Za-z._-]* ]] || continue
    if [[ $line == *$'\t'* ]]; then
      items+=("$value:${line#*$'\t'}")
    else
      items+=("$value")
    fi
  done
  _describe -t "$1" "${2:-$1}" items
}

)zsh";

}  // namespace

void zsh_completion(const CompletionSpec& spec, std::ostream& out) {
  out << fmt::format(
      "#compdef {0}\n"
      "# zsh completion for {0} {1}, generated by `{0} completion zsh` from {0}'s own\n"
      "# command definitions: do not edit, generate it again. Load it with\n"
      "#   source <({0} completion zsh)      (after compinit)\n"
      "# or install it as _{0} in a folder of $fpath.\n\n"
      "compdef _{0} {0}\n\n",
      spec.program, spec.version);
  out << k_plan_function;
  out << "_lplan() {\n"
         "  local curcontext=$curcontext state state_descr line ret=1\n"
         "  typeset -A opt_args\n"
         "  local _lplan_prog=${(Q)words[1]/#\\~/$HOME}\n"
         "  local -a _lplan_ctx\n";
  context_scan(spec, out);
  out << "  _arguments -C -S :";
  std::vector<std::string> all_formats;
  for (const auto& c : spec.commands) {
    for (const auto& f : c.formats) {
      if (std::find(all_formats.begin(), all_formats.end(), f) == all_formats.end()) {
        all_formats.push_back(f);
      }
    }
  }
  for (const auto& o : spec.global_options) {
    write_specs(option_specs(o, all_formats), out);
  }
  out << " \\\n        '(-): :->command' \\\n        '(-)*:: :->argument' && ret=0\n"
         "  case $state in\n"
         "    (command)\n"
         "      local -a commands=(";
  for (const auto& c : spec.commands) {
    std::vector<std::string> names{c.name};
    names.insert(names.end(), c.aliases.begin(), c.aliases.end());
    for (const auto& n : names) {
      out << "\n        " << single_quoted(escaped(n, ":") + ":" + c.description);
    }
  }
  out << "\n      )\n"
         "      _describe -t commands 'lplan command' commands && ret=0\n"
         "      ;;\n"
         "    (argument)\n"
         "      curcontext=${curcontext%:*:*}:lplan-${words[1]}:\n"
         "      case ${words[1]} in\n";
  for (const auto& c : spec.commands) {
    std::vector<std::string> names{c.name};
    names.insert(names.end(), c.aliases.begin(), c.aliases.end());
    out << "        (" << fmt::format("{}", fmt::join(names, "|")) << ")\n          _arguments -S :";
    std::vector<std::string> specs;
    for (const auto& o : c.options) {
      auto s = option_specs(o, c.formats);
      specs.insert(specs.end(), s.begin(), s.end());
    }
    for (const auto& o : spec.global_options) {
      bool own = std::any_of(c.options.begin(), c.options.end(), [&](const OptionSpec& mine) {
        return std::find_first_of(mine.names.begin(), mine.names.end(), o.names.begin(), o.names.end()) !=
               mine.names.end();
      });
      if (own) {
        continue;  // --help is the command's own
      }
      auto s = option_specs(o, c.formats);
      specs.insert(specs.end(), s.begin(), s.end());
    }
    for (std::size_t i = 0; i < c.positionals.size(); ++i) {
      specs.push_back(positional_spec(c.positionals[i], i, i + 1 == c.positionals.size(), c.formats));
    }
    write_specs(specs, out);
    out << " && ret=0\n          ;;\n";
  }
  out << "      esac\n"
         "      ;;\n"
         "  esac\n"
         "  return ret\n"
         "}\n\n"
         "# Run at once when compinit autoloads this file as the function _lplan.\n"
         "if [[ $funcstack[1] == _lplan ]]; then\n"
         "  _lplan \"$@\"\n"
         "fi\n";
}

}  // namespace lplan::render
