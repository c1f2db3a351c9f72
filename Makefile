# kmap: build, run and test. `make run` and `make test` work on a fresh Debian machine with the
# Swift toolchain: they install Graphviz's development files first when they are missing.

SWIFT      ?= swift
DEFAULT_MAP ?= maps/literacy-network.kmap
OUT        ?= out
KMAP       := .build/release/kmap
APT_PACKAGES := libgraphviz-dev graphviz pkg-config

.PHONY: setup build run test clean

## Install what is missing (Graphviz's C library through apt; sudo only when not root).
setup:
	@if ! pkg-config --exists libgvc 2>/dev/null || ! command -v dot >/dev/null 2>&1; then \
	  echo "Installing $(APT_PACKAGES)..."; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_PACKAGES); \
	fi

## Build the release binary.
build: setup
	$(SWIFT) build -c release --product kmap

## Analyze the bundled default map and write its report and diagram into $(OUT)/.
run: build
	@mkdir -p $(OUT)
	$(KMAP) check $(DEFAULT_MAP) --fail-on never

## Run the whole test suite.
test: setup
	$(SWIFT) test

clean:
	rm -rf .build $(OUT)
