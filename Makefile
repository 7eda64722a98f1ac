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
# python3-jsonschema and python3-yaml validate the samples and the docs examples against `daihoi schema` (SchemaTests, under /usr/bin/python3; skipped without them).
APT_BUILD   = libxml2-dev libcmark-dev zlib1g-dev pkg-config libsqlite3-dev
APT_TEST    = $(APT_BUILD) libxml2-utils chromium poppler-utils fonts-liberation2 libreoffice-writer-nogui python3-uno python3-pypdf python3-jsonschema python3-yaml chromium-driver python3-selenium

.PHONY: all build release demo test snapshots bench setup setup-build clean print-packages fuzz fuzz-build fuzz-loader fuzz-template

all: build

## Install the Debian packages that are missing (needs root; does nothing when all are there).
setup-build:
	@scripts/ensure-packages.sh $(APT_BUILD)
setup:
	@scripts/ensure-packages.sh $(APT_TEST)
	@scripts/odf-schema.sh || echo "[schema] ODF 1.2 schema not extracted: the schema tests will be skipped"

build: setup-build
	$(SWIFT) build -c $(CONFIG)

release:
	$(MAKE) build CONFIG=release

## Build, then render every document of every sample into out/<sample>/ (HTML, ODT, FODT; PDF when LibreOffice is there).
demo: setup build
	@for f in $(SAMPLES); do \
	  name=$$(basename $$(dirname $$f)); \
	  echo "[demo] $$f → $(OUT)/$$name"; \
	  pdf=; command -v soffice >/dev/null && pdf="--format pdf"; \
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
	scripts/bench-load.sh
	scripts/bench-dossier.sh
	scripts/bench-count.sh

## Fuzzing (Fuzz/README.md): build the libFuzzer targets, then run each for FUZZ_SECONDS (default 5 minutes) on
## its grown corpus in .fuzz-corpus/<target> (not in git), seeded from Fuzz/corpus/<target>; a crasher lands in
## .fuzz-artifacts/<target>/ and stops the run with its exit code.
FUZZ_SECONDS ?= 300
FUZZ_FLAGS   ?= -rss_limit_mb=2048 -timeout=10 -max_len=32768 -print_final_stats=1
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

## The Debian packages `make setup` installs, one per line.
print-packages:
	@printf '%s\n' $(APT_TEST)

clean:
	rm -rf .build $(OUT) $(FUZZ_BUILD)
