# One command for everything CI checks: `make test`.
# It installs what a fresh machine lacks (the toolchain rust-toolchain.toml pins, with rustfmt,
# clippy and the WebAssembly and bare-metal targets; cbindgen, valgrind, a C compiler; the
# wasm-bindgen CLI, the npm packages, Chromium; the fuzzers' nightly and cargo-fuzz; the
# toolchain of the declared rust-version), then runs the format check, clippy with warnings
# denied, every test and doctest, the docs with warnings denied, a no_std build of the core for
# a bare-metal target, the core's build on its declared rust-version, `cargo package` of the
# core with its verify build, the examples, the C header drift
# check, the C build and tests (static, shared, valgrind, ASan + UBSan), the WebAssembly build
# with its size check and the JavaScript tests, and a short fuzz run of each target.
# Everything but the fuzzers and the rust-version build uses the one pinned stable toolchain.

CARGO ?= cargo
# The bare-metal target of the no_std build (rust-toolchain.toml names it, so `make setup`
# installs it).
BARE_METAL_TARGET ?= thumbv7em-none-eabihf
# Seconds each fuzz target runs in `make test`; raise it for a longer campaign (`make fuzz FUZZ_SECONDS=600`).
FUZZ_SECONDS ?= 30
FUZZ_TARGETS := evaluate c_api
# cbindgen is pinned: the checked-in header must be exactly what this version generates.
CBINDGEN_VERSION := 0.29.4
HEADER := bindings/c/include/sefidelity.h
export CARGO_TERM_COLOR ?= never

.PHONY: test setup fmt clippy unit doc no-std msrv package example bench-check c-tools cbindgen header header-check c install-tools install uninstall install-check js-tools wasm js fuzz bench

test: setup fmt clippy unit doc no-std msrv package example bench-check header-check c install-check js fuzz
	@echo "make test: all checks passed"

# Installs the toolchain rust-toolchain.toml pins, with its components (rustfmt, clippy) and
# targets (wasm32-unknown-unknown, the bare-metal one), when any of them is missing; once all
# are there it changes nothing.
setup:
	rustup toolchain install

fmt:
	$(CARGO) fmt --all --check

clippy:
	$(CARGO) clippy --workspace --all-targets --all-features -- -D warnings
	$(CARGO) clippy -p sefidelity --no-default-features --lib -- -D warnings
	$(CARGO) clippy -p sefidelity --no-default-features --features serde --lib -- -D warnings

unit:
	$(CARGO) test --workspace --all-features
	$(CARGO) test -p sefidelity --no-default-features --lib

doc:
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --workspace --no-deps --all-features

# Proves the core is no_std (+ alloc): it must build for a target that has no std at all.
no-std:
	$(CARGO) build -p sefidelity --no-default-features --target $(BARE_METAL_TARGET)
	$(CARGO) build -p sefidelity --features serde --target $(BARE_METAL_TARGET)

# The core builds, with every feature, on the rust-version its manifest declares (the
# workspace's), so the declared minimum is true; that toolchain is installed when missing.
MSRV := $(shell sed -n 's/^rust-version = "\(.*\)"/\1/p' Cargo.toml)
msrv:
	@rustup toolchain list | grep -q '^$(MSRV)-' || rustup toolchain install $(MSRV) --profile minimal
	$(CARGO) +$(MSRV) build -p sefidelity --all-features

# The core crate packages as the registry would take it, and the package builds
# (cargo's verify step). --allow-dirty: the check is of the package, not of the work tree.
package:
	$(CARGO) package -p sefidelity --allow-dirty

# The example prints a report, answers a request, and exits non-zero on a bad one.
example:
	$(CARGO) run -q -p sefidelity --example review > /dev/null
	$(CARGO) run -q -p sefidelity --example review -- --json tests/vectors/review_full_sample.request.json > /dev/null
	echo '{"operation":"review","scale":"ips-25-uk","evidence":{"7":{"rating":6}}}' \
	  | $(CARGO) run -q -p sefidelity --example review -- --json - > /dev/null; \
	  status=$$?; if [ $$status -eq 0 ]; then echo "example accepted a bad request"; exit 1; fi
	$(CARGO) run -q -p sefidelity --example commissioning > /dev/null
	$(CARGO) run -q -p sefidelity --example commissioning -- --json tests/vectors/kpis_records_ips_sample.request.json > /dev/null
	echo '{"operation":"kpis","model":"ips","benchmarks":"commissioning_guide_2024","counts":{"referrals":1,"starts":2,"job_entries":0,"sustained":0}}' \
	  | $(CARGO) run -q -p sefidelity --example commissioning -- --json - > /dev/null; \
	  status=$$?; if [ $$status -eq 0 ]; then echo "example accepted a bad request"; exit 1; fi

# Debian packages the C checks need, installed when missing (CI runs as root).
c-tools:
	@missing=""; \
	command -v cc > /dev/null || missing="$$missing gcc"; \
	command -v valgrind > /dev/null || missing="$$missing valgrind"; \
	command -v pkg-config > /dev/null || missing="$$missing pkg-config"; \
	if [ -n "$$missing" ]; then apt-get update && apt-get install -y $$missing; fi

cbindgen:
	@cbindgen --version 2>/dev/null | grep -qx 'cbindgen $(CBINDGEN_VERSION)' || \
	  $(CARGO) install cbindgen --version $(CBINDGEN_VERSION)

# Regenerates the C header from ffi/src/lib.rs.
header: cbindgen
	cbindgen --quiet --config ffi/cbindgen.toml --crate sefidelity-ffi --output $(HEADER) ffi

# Fails when regenerating the header would change it.
header-check: cbindgen
	cbindgen --quiet --config ffi/cbindgen.toml --crate sefidelity-ffi --output target/sefidelity.h.check ffi
	@diff -u $(HEADER) target/sefidelity.h.check || \
	  (echo "$(HEADER) is out of date: run 'make header' and commit it"; exit 1)

# The C library: build against the static and shared library, run the C tests, valgrind,
# ASan + UBSan.
c: c-tools
	$(MAKE) -C bindings/c test

# The C library installed as C users install libraries, with cargo-c (`cargo cinstall`, as
# rustls-ffi and librsvg do): PREFIX/include/sefidelity.h, PREFIX/lib/libsefidelity.a,
# PREFIX/lib/libsefidelity.so.X.Y.Z with SONAME libsefidelity.so.X and its links,
# PREFIX/lib/pkgconfig/sefidelity.pc, and PREFIX/lib/cmake/sefidelity/ for
# `find_package(sefidelity CONFIG REQUIRED)` (cargo-c writes no CMake files: ours are
# templates in bindings/c/install/). DESTDIR stages an install. cargo-c is pinned (0.10.24
# builds on the pinned toolchain with --locked; about 11 minutes, once per machine).
PREFIX ?= /usr/local
DESTDIR ?=
CARGO_C_VERSION := 0.10.24
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
VERSION_MAJOR := $(word 1,$(subst ., ,$(VERSION)))
VERSION_MINOR := $(word 2,$(subst ., ,$(VERSION)))
CMAKE_DIR = $(DESTDIR)$(PREFIX)/lib/cmake/sefidelity
CMAKE_SUBST = -e 's|@VERSION@|$(VERSION)|g' -e 's|@VERSION_MAJOR@|$(VERSION_MAJOR)|g' \
  -e 's|@VERSION_MINOR@|$(VERSION_MINOR)|g'

install-tools: c-tools
	@cargo cinstall --version 2>/dev/null | grep -q '$(CARGO_C_VERSION)' || \
	  $(CARGO) install cargo-c --version $(CARGO_C_VERSION) --locked
	@missing=""; \
	command -v cmake > /dev/null || missing="$$missing cmake"; \
	command -v c++ > /dev/null || missing="$$missing g++"; \
	if [ -n "$$missing" ]; then apt-get update && apt-get install -y $$missing; fi

install: install-tools
	$(CARGO) cinstall -p sefidelity-ffi --release --prefix=$(PREFIX) --libdir=$(PREFIX)/lib \
	  $(if $(DESTDIR),--destdir=$(DESTDIR))
	mkdir -p $(CMAKE_DIR)
	sed $(CMAKE_SUBST) bindings/c/install/sefidelityConfig.cmake.in > $(CMAKE_DIR)/sefidelityConfig.cmake
	sed $(CMAKE_SUBST) bindings/c/install/sefidelityConfigVersion.cmake.in > $(CMAKE_DIR)/sefidelityConfigVersion.cmake

# Removes what install put there (and the directories it made, when they are left empty).
uninstall:
	rm -f $(DESTDIR)$(PREFIX)/include/sefidelity.h $(DESTDIR)$(PREFIX)/lib/libsefidelity.a \
	  $(DESTDIR)$(PREFIX)/lib/libsefidelity.so $(DESTDIR)$(PREFIX)/lib/libsefidelity.so.$(VERSION_MAJOR) \
	  $(DESTDIR)$(PREFIX)/lib/libsefidelity.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/pkgconfig/sefidelity.pc
	rm -f $(CMAKE_DIR)/sefidelityConfig.cmake $(CMAKE_DIR)/sefidelityConfigVersion.cmake
	rmdir $(CMAKE_DIR) $(DESTDIR)$(PREFIX)/lib/cmake $(DESTDIR)$(PREFIX)/lib/pkgconfig 2> /dev/null || true

# Installs into a temporary prefix and builds against the installed copy: pkg-config shared and
# --static, CMake find_package, C++17; one version throughout; uninstall removes it all.
install-check: install-tools
	sh bindings/c/install/check.sh

# The WebAssembly module and npm package (bindings/js), built with the pinned stable toolchain
# (rust-toolchain.toml) like everything else. cargo builds the crate with the `wasm` profile
# (Cargo.toml); the wasm-bindgen CLI, pinned to the crate's wasm-bindgen version (the two must
# match), writes the JavaScript glue; wasm-opt, from the binaryen npm package (Debian's
# binaryen 108 mangles reference types), optimises the module. Chromium comes from Debian for
# the browser test.
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' wasm/Cargo.toml)
WASM_OUT := bindings/js/wasm
WASM_MODULE := target/wasm32-unknown-unknown/wasm/sefidelity_wasm.wasm
# wasm-opt's level is -O3, for speed (BENCHMARKS.md "WebAssembly" compares the levels;
# `make wasm WASM_OPT_LEVEL=-Oz` builds with another), with --converge: the passes are run
# again until the module stops shrinking. --low-memory-unused lets it fold added constants into load/store offsets: it assumes no pointer into the low 1 KiB. In
# Rust's wasm32 layout that memory is the far end of the 1 MiB stack (data starts above it, the
# stack grows down from it), reached only by a stack within 1 KiB of overflowing; the core's
# recursion is bounded (nesting depth 32), so it is not reached. --strip-target-features drops
# a custom section no runtime reads. The --enable flags are the features rustc's wasm32 target
# uses.
WASM_OPT_LEVEL := -O3
WASM_OPT_FLAGS := $(WASM_OPT_LEVEL) --converge --low-memory-unused --enable-reference-types --enable-bulk-memory \
  --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-multivalue \
  --strip-debug --strip-producers --strip-target-features
# The size ceiling: the optimised module is at most 256 KiB gzipped (gzip -9), counted as
# 262 144 bytes; `make wasm` fails above it. Below it, speed and clear code come before bytes
# (see BENCHMARKS.md "WebAssembly" for today's figures).
WASM_GZ_BUDGET := 262144

js-tools: setup
	@wasm-bindgen --version 2>/dev/null | grep -q ' $(WASM_BINDGEN_VERSION)$$' || \
	  $(CARGO) install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@command -v chromium > /dev/null || (apt-get update && apt-get install -y chromium)
	@command -v node > /dev/null || (apt-get update && apt-get install -y nodejs npm)
	cd bindings/js && npm ci --no-audit --no-fund

wasm: js-tools
	$(CARGO) build -p sefidelity-wasm --target wasm32-unknown-unknown --profile wasm
	rm -rf $(WASM_OUT)
	wasm-bindgen --target web --out-dir $(WASM_OUT) $(WASM_MODULE)
	bindings/js/node_modules/.bin/wasm-opt $(WASM_OPT_FLAGS) $(WASM_OUT)/sefidelity_wasm_bg.wasm -o $(WASM_OUT)/sefidelity_wasm_bg.wasm
	@raw=$$(wc -c < $(WASM_OUT)/sefidelity_wasm_bg.wasm); gz=$$(gzip -9 -c $(WASM_OUT)/sefidelity_wasm_bg.wasm | wc -c); \
	echo "wasm size: $$raw bytes raw, $$gz bytes gzipped (ceiling $(WASM_GZ_BUDGET))"; \
	if [ $$gz -gt $(WASM_GZ_BUDGET) ]; then \
	  echo "wasm module over the size ceiling of $(WASM_GZ_BUDGET) bytes gzipped"; exit 1; \
	fi

# JS tests: every vector answers as its checked-in response, the API, 100 000 calls without a
# leak, the TypeScript declarations, the self-assessment page in headless Chromium, and the
# package as users install it (npm pack, its files, installed into an empty project, imported
# from Node, type-checked with tsc).
js: wasm
	cd bindings/js && node --test test/
	cd bindings/js && node_modules/.bin/tsc -p tsconfig.json
	cd bindings/js && node browser/demo.browser.mjs
	cd bindings/js && node pack/check.mjs

# Fuzzes every entry point that takes bytes, each target for FUZZ_SECONDS, seeded with the
# conformance requests (the corpus is a scratch copy, ignored by git). A crash leaves its input
# in fuzz/artifacts/TARGET/ and fails; it becomes a regression case: add the input to
# tests/vectors/ as NAME.request.json, fix the bug, and bless the response, so the Rust, C and
# JavaScript replays all keep it.
# cargo-fuzz needs nightly (sanitizer flags): the fuzzers alone use it, a dated nightly so that
# every machine builds them with the same compiler. It and cargo-fuzz are installed when
# missing; libFuzzer is C++, so g++ comes from Debian if missing.
FUZZ_NIGHTLY := nightly-2026-05-20
fuzz:
	@command -v c++ > /dev/null || (apt-get update && apt-get install -y g++)
	@rustup toolchain list | grep -q '^$(FUZZ_NIGHTLY)-' || rustup toolchain install $(FUZZ_NIGHTLY) --profile minimal
	@command -v cargo-fuzz > /dev/null || $(CARGO) install cargo-fuzz
	@for target in $(FUZZ_TARGETS); do \
	  rm -rf fuzz/corpus/$$target && mkdir -p fuzz/corpus/$$target && cp tests/vectors/*.request.json fuzz/corpus/$$target/; \
	done
	cd fuzz && for target in $(FUZZ_TARGETS); do \
	  $(CARGO) +$(FUZZ_NIGHTLY) fuzz run $$target corpus/$$target -- \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=300000 -print_final_stats=1 || exit 1; \
	done

# Benchmarks (see BENCHMARKS.md): the core (divan), the C entry points from C. The peers
# (zen-engine in benches/zen, json-rules-engine in bindings/js/bench) have their own commands.
bench:
	$(CARGO) bench -p sefidelity
	$(MAKE) -C bindings/c bench

# The test command only checks that the benchmarks compile.
bench-check:
	$(CARGO) bench --no-run -q -p sefidelity
