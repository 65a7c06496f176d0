# lplan — the two commands of the README:
#   make demo   installs what is missing, builds, runs lplan on plans/
#   make test   installs what is missing (the tests' tools too), builds, runs every test
#               (also under ASan+UBSan, and a short fuzz run)
# and installing:
#   make install [PREFIX=/usr/local] [DESTDIR=…]   the binary, man pages, completion, docs
#   make deb                                      build/lplan_<version>_amd64.deb (cpack -G DEB)

JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build
SANITIZE_BUILD ?= build-sanitize
FUZZ_BUILD ?= build-fuzz
LPLAN = $(BUILD)/lplan
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: all deps test-deps build demo test unit-test sanitize-test fuzz-test bench install deb clean

all: build

deps:
	@bash tools/install-deps.sh

# What only the tests need (real clients, clang for fuzzing, packaging tools, shells).
test-deps:
	@bash tools/install-test-deps.sh

# The main build links lplan fully statically: it starts much faster (docs/performance.md).
$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLPLAN_STATIC=ON

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(LPLAN) validate --plans plans
	$(LPLAN) due --plans plans --month march --year 2020
	$(LPLAN) report 2020 --plans plans

unit-test: test-deps build
	cd $(BUILD) && ctest --output-on-failure

$(SANITIZE_BUILD)/build.ninja:
	cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLPLAN_SANITIZE=ON

sanitize-test: deps test-deps $(SANITIZE_BUILD)/build.ninja
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure

fuzz-test: deps test-deps
	bash tests/fuzz/run-short.sh $(FUZZ_BUILD)

test: unit-test sanitize-test fuzz-test

# DESTDIR stages the files for a package; the prefix is given at install time.
install: build
	DESTDIR="$(DESTDIR)" cmake --install $(BUILD) --prefix "$(PREFIX)"

deb: build
	cd $(BUILD) && cpack -G DEB

bench: build
	python3 tests/bench/run.py $(LPLAN)

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD) $(FUZZ_BUILD)
