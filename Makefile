# The two commands a new machine needs:
#   make examples   builds every example organisation's documents
#   make test       runs every test
# Both install what is missing first.

SWIFT ?= swift
RELEASE_BIN = .build/release/policykit

.PHONY: examples test setup setup-tests release bench fuzz memcheck

setup:
	scripts/install-dependencies

setup-tests:
	scripts/install-dependencies --tests

# The Swift runtime and Foundation are linked in: the program then starts in about
# 6 ms instead of 15 to 20, which is a third of a whole build (BENCHMARKS.md).
release: setup
	$(SWIFT) build -c release --product policykit --static-swift-stdlib

examples: release
	scripts/build-examples

test: setup-tests release
	$(SWIFT) test

# Hardening checks (README, "Fuzzing and memory checks").
FUZZ_SECONDS ?= 60
fuzz: setup-tests
	scripts/fuzz $(FUZZ_SECONDS)

memcheck: setup
	scripts/memcheck
