# The two commands a new machine needs:
#   make examples   builds every example organisation's documents
#   make test       runs every test
# Both install what is missing first. `make test-quick` runs the tests that need no
# outside program (Chromium, Python, the HTML checker) and installs only what building needs.

SWIFT ?= swift
RELEASE_BIN = .build/release/policykit

.PHONY: examples test test-quick setup setup-tests release bench fuzz memcheck

setup:
	scripts/install-dependencies

setup-tests:
	scripts/install-dependencies --tests

# The Swift runtime is linked in, so the program runs on machines without Swift.
RELEASE_FLAGS = --static-swift-stdlib
release: setup
	$(SWIFT) build -c release --product policykit $(RELEASE_FLAGS)

examples: release
	scripts/build-examples

test: setup-tests
	$(SWIFT) test

# Tests tagged .outsidePrograms are left out through POLICYKIT_QUICK_TESTS
# (Tests/PolicyKitTests/Support/Tags.swift): `swift test` cannot skip by tag.
test-quick: setup
	POLICYKIT_QUICK_TESTS=1 $(SWIFT) test

# Hardening checks (README, "Fuzzing and memory checks").
FUZZ_SECONDS ?= 60
fuzz: setup-tests
	scripts/fuzz $(FUZZ_SECONDS)

memcheck: setup
	scripts/memcheck

# Speed and memory against peer tools (BENCHMARKS.md); SECTIONS picks some of
# render, parser, build, docx, sites, pdf, preview.
SECTIONS ?=
bench:
	scripts/install-dependencies --bench
	scripts/bench $(SECTIONS)
