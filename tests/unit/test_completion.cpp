// The completion scripts (src/render/completion*): what a spec becomes in bash and
// zsh. The scripts themselves are run in real shells by tests/install/.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "render/completion.hpp"

using namespace lplan::render;

namespace {

CompletionSpec sample() {
  CompletionSpec spec{"lplan", "9.9.9", {}, {}};
  OptionSpec plans{{"--plans"}, "plans folder", true, false, true, {ValueSource::Folders, {}, "", "folder"}};
  OptionSpec format{{"--format", "-f"},
                    "output format",
                    true,
                    false,
                    false,
                    {ValueSource::CommandFormats, {}, "", "format"}};
  OptionSpec lang{{"--lang"}, "uk or en", true, false, false, {ValueSource::Words, {"uk", "en"}, "", "lang"}};
  spec.global_options = {plans, format, lang};
  CommandSpec set{"set", {"edit"}, "edit one activity: it's [safe]", {}, {}, {"text", "json"}};
  set.positionals.push_back(
      {{}, "activity id", true, false, false, {ValueSource::Plan, {}, "ids", "activity id"}});
  set.positionals.push_back({{}, "FIELD=VALUE", true, true, false, {ValueSource::Free, {}, "", "field"}});
  set.options.push_back({{"--outcome"},
                         "what came of it",
                         true,
                         false,
                         false,
                         {ValueSource::Words, {"it's", "$(rm -rf ~)", "березень"}, "", "outcome"}});
  spec.commands = {set};
  return spec;
}

std::string bash() {
  std::ostringstream out;
  bash_completion(sample(), out);
  return out.str();
}

std::string zsh() {
  std::ostringstream out;
  zsh_completion(sample(), out);
  return out.str();
}

}  // namespace

TEST_CASE("bash: commands and aliases name their command, and the function is registered") {
  std::string s = bash();
  CHECK(s.find("    set | edit) _lplan_cmd=set ;;") != std::string::npos);
  CHECK(s.find("_lplan_add set edit\n") != std::string::npos);
  CHECK(s.find("complete -F _lplan lplan\n") != std::string::npos);
  CHECK(s.find("lplan 9.9.9") != std::string::npos);
}

TEST_CASE("bash: words are single-quoted when they hold anything a shell would read") {
  std::string s = bash();
  CHECK(s.find("'set --outcome') _lplan_add 'it'\\''s' '$(rm -rf ~)' 'березень' ;;") != std::string::npos);
}

TEST_CASE("bash: --format takes the command's own formats, and all of them before a command") {
  std::string s = bash();
  CHECK(s.find("'set --format' | 'set -f') _lplan_add text json ;;") != std::string::npos);
  CHECK(s.find("--format | -f) _lplan_add text json ;;") != std::string::npos);
}

TEST_CASE("bash: an id positional asks the plan; a repeating last one takes every later word") {
  std::string s = bash();
  CHECK(s.find("if (( $2 == 1 )); then _lplan_plan ids; elif (( $2 >= 2 )); then :; fi") !=
        std::string::npos);
}

TEST_CASE("bash: only the options marked as plan context are passed on to __complete") {
  std::string s = bash();
  auto at = s.find("_lplan_context() {");
  REQUIRE(at != std::string::npos);
  std::string body = s.substr(at, s.find("\n}\n", at) - at);
  CHECK(body.find("--plans)") != std::string::npos);
  CHECK(body.find("--lang") == std::string::npos);
}

TEST_CASE("zsh: descriptions escape ] and :, apostrophes survive the single quotes") {
  std::string s = zsh();
  CHECK(s.find("'set:edit one activity: it'\\''s [safe]'") !=
        std::string::npos);  // _describe: first colon only
  CHECK(s.find("'--outcome[what came of it]:outcome:(it\\'\\''s \\$\\(rm\\ -rf\\ ~\\) березень)'") !=
        std::string::npos);
  CHECK(s.find("'(--format -f)-f[output format]:format:(text json)'") != std::string::npos);
}

TEST_CASE("zsh: plan values are asked for as written, positionals by place") {
  std::string s = zsh();
  CHECK(s.find("'1:activity id:{_lplan_plan ids activity\\ id}'") != std::string::npos);
  CHECK(s.find("'*:field: '") != std::string::npos);
  CHECK(s.starts_with("#compdef lplan\n"));
  CHECK(s.find("(set|edit)\n") != std::string::npos);
}
