// yaml_floor FILE… — the floor for any yaml-cpp tool: parses each file with the
// event API (YAML::Parser + a handler that does nothing) and prints the number of
// events. Built and run by tests/bench/run.py next to lplan.
#include <cstddef>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace {

/// Counts events and otherwise ignores them.
class NoopHandler : public YAML::EventHandler {
public:
  std::size_t events = 0;

  void OnDocumentStart(const YAML::Mark&) override { ++events; }
  void OnDocumentEnd() override { ++events; }
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {
    ++events;
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnSequenceEnd() override { ++events; }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnMapEnd() override { ++events; }
};

}  // namespace

int main(int argc, char** argv) {
  NoopHandler handler;
  for (int i = 1; i < argc; ++i) {
    // Read the whole file first, as lplan does, then parse from memory.
    std::ifstream file(argv[i], std::ios::binary);
    if (!file) {
      std::cerr << argv[i] << ": cannot open\n";
      return 2;
    }
    std::ostringstream buffer;
    buffer << file.rdbuf();
    std::istringstream in(std::move(buffer).str());
    try {
      YAML::Parser parser(in);
      while (parser.HandleNextDocument(handler)) {
      }
    } catch (const YAML::Exception& e) {
      std::cerr << argv[i] << ": " << e.what() << "\n";
      return 1;
    }
  }
  std::cout << handler.events << " events\n";
  return 0;
}
