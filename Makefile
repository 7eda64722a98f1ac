# DaiHoi — make demo (render the samples), make test (all tests), make bench, make snapshots.
SWIFT      ?= swift
CONFIG     ?= debug
BIN         = .build/$(CONFIG)/daihoi
OUT        ?= out
SAMPLES     = $(wildcard Samples/*/congress.yaml)
# The one list of Debian packages the build, the tests and the demo need (`make setup`, `make test`, `make demo`,
# `.ci/run`). python3-uno drives LibreOffice's warm PDF pool: libreoffice-writer-nogui only recommends it, and
# without it the pool falls back to one `soffice --convert-to` call per worker (no warm listener), so it is named here.
# chromium-driver and python3-selenium drive the counting room in Chromium (CountBrowserTests, docs/count.md).
# man-db reads the installed man page in InstallTests (man -l).
# python3-jsonschema and python3-yaml validate the samples and the docs examples against `daihoi schema` (SchemaTests, under /usr/bin/python3; skipped without them).
APT_BUILD   = libxml2-dev libcmark-dev zlib1g-dev pkg-config libsqlite3-dev
APT_TEST    = $(APT_BUILD) libxml2-utils chromium poppler-utils fonts-liberation2 libreoffice-writer-nogui python3-uno python3-pypdf python3-jsonschema python3-yaml python3-docx man-db chromium-driver python3-selenium
# The Typst PDF engine (issue 19): PyPI's typst 0.15.0 in .venv-typst, a venv of Debian's python3 (python3-venv).
APT_TEST   += python3-venv
# The built-in PDF engine's file writer (issue 19): qpdf --check reads every object and stream it writes (PDFDrawingTests).
APT_TEST   += qpdf
# LittleCMS's transicc reads the writer's built-in sRGB profile as a colour engine would (PDFDrawingTests).
APT_TEST   += liblcms2-utils

.PHONY: all build release demo test snapshots bench setup setup-build clean print-packages fuzz fuzz-build fuzz-loader fuzz-template install install-files uninstall release-static

all: build

## Install the Debian packages that are missing (needs root; does nothing when all are there).
setup-build:
	@scripts/ensure-packages.sh $(APT_BUILD)
setup:
	@scripts/ensure-packages.sh $(APT_TEST)
	@scripts/typst-venv.sh || echo "[setup] .venv-typst not made (PyPI unreachable?): PDFs will be printed by LibreOffice, the Typst tests skipped"
	@scripts/odf-schema.sh || echo "[schema] ODF 1.2 schema not extracted: the schema tests will be skipped"
	@scripts/ooxml-venv.sh || echo "[setup] .venv-ooxml not made (PyPI unreachable?): the DOCX schema test will be skipped"

build: setup-build
	$(SWIFT) build -c $(CONFIG)

release:
	$(MAKE) build CONFIG=release

## Build, then render every document of every sample into out/<sample>/ (HTML, ODT, FODT; PDF when Typst or LibreOffice is there).
demo: setup build
	@for f in $(SAMPLES); do \
	  name=$$(basename $$(dirname $$f)); \
	  echo "[demo] $$f → $(OUT)/$$name"; \
	  pdf=; { command -v soffice >/dev/null || [ -x .venv-typst/bin/python3 ]; } && pdf="--format pdf"; \
	  $(BIN) render $$f --doc all --format html --format odt --format fodt $$pdf -o $(OUT)/$$name || exit $$?; \
	done

## Every test: unit, golden files, the Mustache spec, Chromium and LibreOffice prints.
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Re-record the golden files after an intended change; review them with git diff.
snapshots: setup-build
	RECORD_SNAPSHOTS=1 $(SWIFT) test --filter '[Gg]olden' || true
	@git status --short Tests

## Benchmarks, side by side in one run (see README "Benchmarks").
bench: setup
	@scripts/ensure-packages.sh time bc
	scripts/bench.sh
	scripts/bench-batch.sh
	scripts/bench-odt.sh
	scripts/bench-docx.sh
	scripts/bench-load.sh
	scripts/bench-dossier.sh
	scripts/bench-pdf-modes.sh
	scripts/bench-typst.sh
	CONFIG=release scripts/bench-count.sh

## Fuzzing (Fuzz/README.md): build the libFuzzer targets, then run each for FUZZ_SECONDS (default 5 minutes) on
## its grown corpus in .fuzz-corpus/<target> (not in git), seeded from Fuzz/corpus/<target>; a crasher lands in
## .fuzz-artifacts/<target>/ and stops the run with its exit code.
FUZZ_SECONDS ?= 300
# -detect_leaks=0: Swift's lazily initialised global tables (CongressFields, the templates' caches) are allocated
# once and never freed; LeakSanitizer reports them when the run ends, as a "crash" on the empty input, which made a
# 30-minute run with no fault exit 1. AddressSanitizer's memory errors are still caught.
FUZZ_FLAGS   ?= -rss_limit_mb=2048 -timeout=10 -max_len=32768 -print_final_stats=1 -detect_leaks=0
FUZZ_BUILD    = .build-fuzz
FUZZ_BIN      = $(FUZZ_BUILD)/debug

fuzz: fuzz-loader fuzz-template

fuzz-build: setup-build
	$(SWIFT) build -c debug --scratch-path $(FUZZ_BUILD) --product FuzzLoader -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
	$(SWIFT) build -c debug --scratch-path $(FUZZ_BUILD) --product FuzzTemplate -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING

fuzz-loader fuzz-template: fuzz-%: fuzz-build
	@mkdir -p .fuzz-corpus/$* .fuzz-artifacts/$*
	$(FUZZ_BIN)/Fuzz$(if $(filter loader,$*),Loader,Template) .fuzz-corpus/$* Fuzz/corpus/$* \
	  -dict=Fuzz/dict/$*.dict -artifact_prefix=.fuzz-artifacts/$*/ -max_total_time=$(FUZZ_SECONDS) $(FUZZ_FLAGS)

## Install (README "Install"): the release binary in PREFIX/bin, the templates in PREFIX/share/daihoi/Templates (where the
## binary looks, relative to itself: no DAIHOI_TEMPLATES needed), the man page (generated from --help, UTF-8) and the
## bash/zsh/fish completions (generated by the binary). DESTDIR stages a package; INSTALL_BIN installs another build
## (InstallTests installs the debug one). The release binary carries the Swift runtime (--static-swift-stdlib).
PREFIX      ?= /usr/local
INSTALL_BIN ?= .build/release/daihoi
# install -s: the symbols stripped (130 MB → 75 MB for the release binary); STRIP= keeps them.
STRIP       ?= -s
ROOT         = $(DESTDIR)$(PREFIX)
SHARE        = $(ROOT)/share

install: release-static install-files

release-static: setup-build
	$(SWIFT) build -c release --product daihoi --static-swift-stdlib

install-files:
	install -d $(ROOT)/bin $(SHARE)/daihoi $(SHARE)/man/man1 $(SHARE)/bash-completion/completions \
	  $(SHARE)/zsh/site-functions $(SHARE)/fish/vendor_completions.d
	install $(STRIP) -m 755 $(INSTALL_BIN) $(ROOT)/bin/daihoi
	rm -rf $(SHARE)/daihoi/Templates
	cp -R Templates $(SHARE)/daihoi/Templates
	chmod -R u=rwX,go=rX $(SHARE)/daihoi/Templates
	DAIHOI_LANG=vi $(INSTALL_BIN) --experimental-dump-help | /usr/bin/python3 scripts/manpage.py > $(SHARE)/man/man1/daihoi.1
	$(INSTALL_BIN) --generate-completion-script bash > $(SHARE)/bash-completion/completions/daihoi
	$(INSTALL_BIN) --generate-completion-script zsh > $(SHARE)/zsh/site-functions/_daihoi
	$(INSTALL_BIN) --generate-completion-script fish > $(SHARE)/fish/vendor_completions.d/daihoi.fish
	@echo "[install] $(ROOT)/bin/daihoi, templates in $(SHARE)/daihoi/Templates"

uninstall:
	rm -f $(ROOT)/bin/daihoi $(SHARE)/man/man1/daihoi.1 $(SHARE)/bash-completion/completions/daihoi \
	  $(SHARE)/zsh/site-functions/_daihoi $(SHARE)/fish/vendor_completions.d/daihoi.fish
	rm -rf $(SHARE)/daihoi

## The Debian packages `make setup` installs, one per line.
print-packages:
	@printf '%s\n' $(APT_TEST)

clean:
	rm -rf .build $(OUT) $(FUZZ_BUILD)
