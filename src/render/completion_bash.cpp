// The bash completion script: small generated `case` tables (commands, which options
// take a value, the candidates of each value) around one fixed function that walks
// the words before the cursor. Candidates are matched by prefix in bash itself, never
// through `compgen -W` (which would expand `$(…)` in text taken from a plan file).
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "render/completion.hpp"

namespace lplan::render {

namespace {

/// A word for bash, single-quoted when it holds anything but safe characters.
std::string quoted(const std::string& word) {
  bool safe = !word.empty() && word.find_first_not_of(
                                   "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                   "0123456789._-+/=,:@") == std::string::npos;
  if (safe) {
    return word;
  }
  std::string out = "'";
  for (char c : word) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

std::string words_of(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    out += (out.empty() ? "" : " ") + quoted(w);
  }
  return out;
}

/// The union of every command's formats, in first-seen order: `--format` before a command.
std::vector<std::string> all_formats(const CompletionSpec& spec) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const auto& c : spec.commands) {
    for (const auto& f : c.formats) {
      if (seen.insert(f).second) {
        out.push_back(f);
      }
    }
  }
  return out;
}

/// The shell code that adds the candidates of `v` (for command `command`) to COMPREPLY.
std::string action(const ValueCompletion& v, const std::vector<std::string>& formats) {
  switch (v.source) {
    case ValueSource::Free:
      return ":";
    case ValueSource::Words:
      return "_lplan_add " + words_of(v.words);
    case ValueSource::Plan:
      return "_lplan_plan " + quoted(v.plan_kind);
    case ValueSource::CommandFormats:
      return formats.empty() ? ":" : "_lplan_add " + words_of(formats);
    case ValueSource::Files:
      return "_lplan_files";
    case ValueSource::Folders:
      return "_lplan_folders";
  }
  return ":";
}

/// `'due --month' | 'due -m'` (or `--month | -m` for a global option: `command` empty).
std::string patterns(const std::string& command, const OptionSpec& o) {
  std::string out;
  for (const auto& n : o.names) {
    out += (out.empty() ? "" : " | ") + (command.empty() ? quoted(n) : quoted(command + " " + n));
  }
  return out;
}

void commands_table(const CompletionSpec& spec, std::ostream& out) {
  out << "# The command a word names (an alias gives its command), in _lplan_cmd.\n"
         "_lplan_command() {\n  case $1 in\n";
  for (const auto& c : spec.commands) {
    std::vector<std::string> names{c.name};
    names.insert(names.end(), c.aliases.begin(), c.aliases.end());
    out << fmt::format("    {}) _lplan_cmd={} ;;\n", fmt::join(names, " | "), c.name);
  }
  out << "    *) return 1 ;;\n  esac\n}\n\n";
  out << "_lplan_commands() {\n  _lplan_add";
  for (const auto& c : spec.commands) {
    out << ' ' << c.name;
    for (const auto& a : c.aliases) {
      out << ' ' << a;
    }
  }
  out << "\n}\n\n";
}

void takes_value_table(const CompletionSpec& spec, std::ostream& out) {
  out << "# Whether option $2 of command $1 (empty: no command yet) takes a value.\n"
         "_lplan_takes_value() {\n  case $2 in\n";
  for (const auto& o : spec.global_options) {
    if (o.takes_value) {
      out << "    " << patterns("", o) << ") return 0 ;;\n";
    }
  }
  out << "  esac\n  case \"$1 $2\" in\n";
  for (const auto& c : spec.commands) {
    for (const auto& o : c.options) {
      if (o.takes_value) {
        out << "    " << patterns(c.name, o) << ") return 0 ;;\n";
      }
    }
  }
  out << "  esac\n  return 1\n}\n\n";
  out << "# Options whose value changes which plan `lplan __complete` reads: kept in ctx.\n"
         "_lplan_context() {\n  case $1 in\n";
  for (const auto& o : spec.global_options) {
    if (o.plan_context) {
      out << "    " << patterns("", o) << ") ctx+=(\"$1\" \"${2/#\\~/$HOME}\") ;;\n";
    }
  }
  out << "  esac\n}\n\n";
}

void options_table(const CompletionSpec& spec, std::ostream& out) {
  auto names = [](const std::vector<OptionSpec>& options) {
    std::vector<std::string> out;
    for (const auto& o : options) {
      out.insert(out.end(), o.names.begin(), o.names.end());
    }
    return out;
  };
  std::vector<std::string> global = names(spec.global_options);
  out << "# The options of command $1 (the global ones too), for -<TAB>.\n"
         "_lplan_options() {\n  case $1 in\n";
  for (const auto& c : spec.commands) {
    std::vector<std::string> all = names(c.options);
    for (const auto& g : global) {  // --help is the command's own
      if (std::find(all.begin(), all.end(), g) == all.end()) {
        all.push_back(g);
      }
    }
    out << fmt::format("    {}) _lplan_add {} ;;\n", c.name, words_of(all));
  }
  out << fmt::format("    *) _lplan_add {} ;;\n  esac\n}}\n\n", words_of(global));
}

void values_table(const CompletionSpec& spec, std::ostream& out) {
  std::vector<std::string> every_format = all_formats(spec);
  out << "# The candidates for the value of option $2 of command $1.\n"
         "_lplan_option_values() {\n  case \"$1 $2\" in\n";
  for (const auto& c : spec.commands) {
    for (const auto& o : c.options) {
      if (o.takes_value) {
        out << "    " << patterns(c.name, o) << ") " << action(o.values, c.formats) << " ;;\n";
      }
    }
    for (const auto& o : spec.global_options) {
      if (o.takes_value && o.values.source == ValueSource::CommandFormats) {
        out << "    " << patterns(c.name, o) << ") " << action(o.values, c.formats) << " ;;\n";
      }
    }
  }
  out << "    *)\n      case $2 in\n";
  for (const auto& o : spec.global_options) {
    if (o.takes_value) {
      out << "        " << patterns("", o) << ") " << action(o.values, every_format) << " ;;\n";
    }
  }
  out << "      esac\n      ;;\n  esac\n}\n\n";
  out << "# The candidates for positional argument $2 (from 1) of command $1.\n"
         "_lplan_positional_values() {\n  case $1 in\n";
  for (const auto& c : spec.commands) {
    if (c.positionals.empty()) {
      continue;
    }
    out << "    " << c.name << ")\n      ";
    for (std::size_t i = 0; i < c.positionals.size(); ++i) {
      const OptionSpec& p = c.positionals[i];
      bool rest = p.repeatable && i + 1 == c.positionals.size();
      out << fmt::format("{}if (( $2 {} {} )); then {}; ", i == 0 ? "" : "el", rest ? ">=" : "==", i + 1,
                         action(p.values, c.formats));
    }
    out << "fi\n      ;;\n";
  }
  out << "  esac\n}\n\n";
}

// The fixed part: helpers, then the word walk. `cur`, `prog` and `ctx` are locals
// of _lplan that the helpers see (bash scoping is dynamic).
constexpr const char* k_helpers = R"bash(_lplan_add() {
  local w
  for w; do [[ $w == "$cur"* ]] && COMPREPLY+=("$w"); done
}

# Values from the plan of the current folder (or --plans): `lplan __complete KIND`
# prints "value<TAB>description" lines; only plain ids are taken.
_lplan_plan() {
  local line
  while IFS= read -r line; do
    line=${line%%$'\t'*}
    [[ -n $line && $line != *[!0-9A-Za-z._-]* && $line == "$cur"* ]] && COMPREPLY+=("$line")
  done < <("$prog" __complete "$1" "${ctx[@]}" 2>/dev/null)
}

_lplan_files() {
  compopt -o filenames 2>/dev/null
  local f
  while IFS= read -r f; do COMPREPLY+=("$f"); done < <(compgen -f -- "$cur")
}

_lplan_folders() {
  compopt -o filenames 2>/dev/null
  local f
  while IFS= read -r f; do COMPREPLY+=("$f"); done < <(compgen -d -- "$cur")
}

_lplan() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} prog=${COMP_WORDS[0]}
  local _lplan_cmd= cmd= opt= w i=1 last=$COMP_CWORD npos=0 dashdash=
  local -a ctx=()
  COMPREPLY=()
  [[ $prog == '~/'* ]] && prog=$HOME/${prog#'~/'}
  # --option=value: bash splits the word at "=" (COMP_WORDBREAKS).
  if [[ $cur == = && $prev == -?* ]]; then
    opt=$prev cur= last=$((COMP_CWORD - 1))
  elif [[ $prev == = && ${COMP_WORDS[COMP_CWORD-2]} == -?* ]]; then
    opt=${COMP_WORDS[COMP_CWORD-2]} last=$((COMP_CWORD - 2))
  fi
  # The words before the cursor: options (with their values), the command, positionals.
  while (( i < last )); do
    w=${COMP_WORDS[i]}
    if [[ -z $dashdash && $w == -- ]]; then
      dashdash=1
    elif [[ -z $dashdash && $w == -?* ]]; then
      if [[ ${COMP_WORDS[i+1]} == = ]] && (( i + 2 < last )); then
        _lplan_context "$w" "${COMP_WORDS[i+2]}"
        (( i += 2 ))
      elif _lplan_takes_value "$cmd" "$w"; then
        if (( i + 1 == last )); then
          [[ -z $opt ]] && opt=$w
          break
        fi
        _lplan_context "$w" "${COMP_WORDS[i+1]}"
        (( i++ ))
      fi
    elif [[ -z $cmd ]]; then
      _lplan_command "$w" || return 0
      cmd=$_lplan_cmd
    else
      (( npos++ ))
    fi
    (( i++ ))
  done
  if [[ -n $opt ]]; then
    _lplan_option_values "$cmd" "$opt"
  elif [[ -z $dashdash && $cur == -* ]]; then
    _lplan_options "$cmd"
  elif [[ -z $cmd ]]; then
    _lplan_commands
  else
    _lplan_positional_values "$cmd" $((npos + 1))
  fi
  return 0
}

complete -F _lplan lplan
)bash";

}  // namespace

void bash_completion(const CompletionSpec& spec, std::ostream& out) {
  out << fmt::format(
      "# bash completion for {0} {1}, generated by `{0} completion bash` from {0}'s own\n"
      "# command definitions: do not edit, generate it again. Load it with\n"
      "#   source <({0} completion bash)\n"
      "# or install it as {0} in the folder `pkg-config --variable=completionsdir bash-completion` "
      "names.\n\n",
      spec.program, spec.version);
  commands_table(spec, out);
  takes_value_table(spec, out);
  options_table(spec, out);
  values_table(spec, out);
  out << k_helpers;
}

}  // namespace lplan::render
