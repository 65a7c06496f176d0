# lplan — the two commands of the README:
#   make demo   installs what is missing, builds, runs lplan on plans/
#   make test   installs what is missing, builds, runs every test (also under ASan+UBSan, and a short fuzz run)

JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build
SANITIZE_BUILD ?= build-sanitize
FUZZ_BUILD ?= build-fuzz
LPLAN = $(BUILD)/lplan

.PHONY: all deps build demo test unit-test sanitize-test fuzz-test bench clean

all: build

deps:
	@bash tools/install-deps.sh

# The main build links lplan fully statically: it starts much faster (docs/performance.md).
$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLPLAN_STATIC=ON

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(LPLAN) validate --plans plans
	$(LPLAN) due --plans plans --month march --year 2020
	$(LPLAN) report 2020 --plans plans

unit-test: build
	cd $(BUILD) && ctest --output-on-failure

$(SANITIZE_BUILD)/build.ninja:
	cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLPLAN_SANITIZE=ON

sanitize-test: deps $(SANITIZE_BUILD)/build.ninja
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure

fuzz-test: deps
	bash tests/fuzz/run-short.sh $(FUZZ_BUILD)

test: unit-test sanitize-test fuzz-test

bench: build
	python3 tests/bench/run.py $(LPLAN)

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD) $(FUZZ_BUILD)
