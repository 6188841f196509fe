# kkori: two set-up commands, `make run` and `make test` (see README.md).
BUILD      ?= build
TEST_BUILD ?= build-test
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_GEN  := $(shell command -v ninja >/dev/null 2>&1 && echo "-G Ninja")
KKORI_ARGS ?=

.PHONY: all deps build run test lint bench clean format web

all: build

WEB_SOURCES := $(wildcard web/src/*.ts web/src/*/*.ts web/src/*.css) web/index.html web/package.json web/vite.config.ts

# The web UI (Vite + TypeScript), served by `kkori serve` from web/dist.
# `npm install` with the committed lockfile, not `npm ci`: the registry mirror here serves only
# linux-x64 builds of rollup/esbuild, so the lockfile cannot list the other platforms' optional
# packages and `npm ci` refuses it. Versions still come from the lockfile.
web/node_modules/.package-lock.json: web/package-lock.json | deps
	cd web && npm install --no-audit --no-fund

web/dist/index.html: web/node_modules/.package-lock.json $(WEB_SOURCES)
	cd web && npm run build

web: web/dist/index.html

deps:
	@bash scripts/install-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKKORI_TESTS=OFF

build: deps $(BUILD)/CMakeCache.txt web
	cmake --build $(BUILD) -j $(JOBS)

run: build
	./$(BUILD)/kkori serve $(KKORI_ARGS)

$(TEST_BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(TEST_BUILD) $(CMAKE_GEN) -DCMAKE_BUILD_TYPE=Debug -DKKORI_SANITIZE=ON -DKKORI_WERROR=ON

test: deps $(TEST_BUILD)/CMakeCache.txt web
	cmake --build $(TEST_BUILD) -j $(JOBS)
	cd $(TEST_BUILD) && ctest --output-on-failure -j $(JOBS)

lint:
	@bash scripts/install-deps.sh --lint
	@bash scripts/lint.sh $(TEST_BUILD)

bench: build
	@bash bench/run.sh $(BUILD)

format:
	@find src tests -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i

clean:
	rm -rf $(BUILD) $(TEST_BUILD)
