# songngu: the commands people type. CMake does the building; this file only sequences it.
#   make run    the main job on the bundled corpus (corpus/ -> tm/, glossary/, reports/)
#   make test   install missing packages, build, run every test
#   make build  optimised build in build/ (SANITIZE=address,undefined builds in build-asan-ubsan/)
#   make bench       benchmarks, hunalign beside: scale (bench/run.sh: 10k/100k/200k/1M pairs, a 10 % gap)
#                    and short documents (bench/short-docs.sh: the dev batch, one 13-segment document)
#   make fuzz        libFuzzer targets in build-fuzz/, FUZZ_SECONDS (default 60) each, seeds from tests/data
#   make test-slurm  job-array sharding on a throw-away single-node Slurm (scripts/test-slurm.sh)
#   make tsan        ThreadSanitizer run of `align --batch -j 2` in build-tsan/
SHELL := /bin/bash
JOBS ?= $(shell nproc)
SANITIZE ?=
ifeq ($(SANITIZE),)
BUILD_DIR ?= build
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release
else
BUILD_DIR ?= build-$(subst undefined,ubsan,$(subst address,asan,$(subst $(comma),-,$(SANITIZE))))
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSONGNGU_SANITIZE=$(SANITIZE)
endif
comma := ,
ifneq ($(CI),)
CMAKE_FLAGS += -DSONGNGU_WERROR=ON
endif

.PHONY: all deps test-deps build test run install clean bench fuzz test-slurm tsan
all: build

deps:
	@scripts/install-deps.sh

test-deps:
	@scripts/install-deps.sh --test

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) $(CMAKE_FLAGS)

build: deps $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS)

test: test-deps build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS) --timeout 1200

run: build
	$(BUILD_DIR)/songngu corpus corpus

install: build
	cmake --install $(BUILD_DIR)

bench: build
	@scripts/install-deps.sh --bench
	SONGNGU_BINARY=$(BUILD_DIR)/songngu bench/run.sh
	SONGNGU_BINARY=$(BUILD_DIR)/songngu bench/short-docs.sh

fuzz:
	@scripts/install-deps.sh --fuzz
	scripts/fuzz.sh

test-slurm: build
	SONGNGU_BINARY=$(BUILD_DIR)/songngu scripts/test-slurm.sh

tsan:
	scripts/tsan.sh

clean:
	rm -rf build build-*
