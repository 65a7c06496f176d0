#include "cli/app.hpp"

int main(int argc, char** argv) { return lplan::cli::run(argc, argv); }
