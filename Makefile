# One command for everything CI checks: `make test`.
# It installs what a fresh machine lacks (rustfmt, clippy, the bare-metal target), then runs
# the format check, clippy with warnings denied, every test and doctest, the docs with
# warnings denied, a no_std build of the core for a bare-metal target, and the example.

CARGO ?= cargo
BARE_METAL_TARGET ?= thumbv7em-none-eabihf
export CARGO_TERM_COLOR ?= never

.PHONY: test setup fmt clippy unit doc no-std example bench

test: setup fmt clippy unit doc no-std example
	@echo "make test: all checks passed"

setup:
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@rustup target list --installed | grep -qx '$(BARE_METAL_TARGET)' || rustup target add $(BARE_METAL_TARGET)

fmt:
	$(CARGO) fmt --all --check

clippy:
	$(CARGO) clippy --workspace --all-targets --all-features -- -D warnings
	$(CARGO) clippy -p sefidelity --no-default-features --lib -- -D warnings

unit:
	$(CARGO) test --workspace --all-features
	$(CARGO) test -p sefidelity --no-default-features --lib

doc:
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --workspace --no-deps --all-features

# Proves the core is no_std (+ alloc): it must build for a target that has no std at all.
no-std:
	$(CARGO) build -p sefidelity --no-default-features --target $(BARE_METAL_TARGET)
	$(CARGO) build -p sefidelity --features serde --target $(BARE_METAL_TARGET)

# The example prints a report, answers a request, and exits non-zero on a bad one.
example:
	$(CARGO) run -q -p sefidelity --example review > /dev/null
	$(CARGO) run -q -p sefidelity --example review -- --json tests/vectors/review_full_sample.request.json > /dev/null
	echo '{"operation":"review","scale":"ips-25-uk","evidence":{"7":{"rating":6}}}' \
	  | $(CARGO) run -q -p sefidelity --example review -- --json - > /dev/null; \
	  status=$$?; if [ $$status -eq 0 ]; then echo "example accepted a bad request"; exit 1; fi

bench:
	$(CARGO) bench -p sefidelity
