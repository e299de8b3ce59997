# planmark: see README.md.  `make check` builds and runs every test.
VERSION = 0.1.0

PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man
# The samples for cron, systemd and git, which the man pages name.
DATADIR = $(PREFIX)/share/planmark
DESTDIR =

CC = cc
CFLAGS = -O2 -g
PKG_CONFIG = pkg-config
# Where objects and tools go: the sanitizer build uses its own.
O = build
BIN = bin

DEPCFLAGS = $$($(PKG_CONFIG) --cflags libcmark libpcre2-8)
DEPLIBS = $$($(PKG_CONFIG) --libs libcmark libpcre2-8)
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra \
	-DPLANMARK_VERSION='"$(VERSION)"' $(CFLAGS)

TOOLS = plangoals planstat planweek plantally plancheck plandiff
LIBOBJS = $(O)/util.o $(O)/cli.o $(O)/out.o $(O)/date.o $(O)/model.o $(O)/status.o $(O)/match.o \
	$(O)/diff.o $(O)/textdiff.o $(O)/filter.o \
	$(O)/rules.o $(O)/builtin-rules.o $(O)/git.o $(O)/career.o
MAN1 = man/plangoals.1 man/planstat.1 man/planweek.1 man/plantally.1 \
	man/plancheck.1 man/plandiff.1
MAN5 = man/plan.5 man/planrules.5
MAN7 = man/planmark.7
# Installed under $(DATADIR); the first three with the paths of this
# install written in.
SAMPLES_EDITED = samples/crontab samples/planweek.service \
	samples/planweek.timer
SAMPLES_SCRIPTS = samples/pre-commit samples/weekly-mail.sh
# An empty career plan to start from (planmark.7).
SAMPLES_DATA = samples/career-template.md

all: $(TOOLS:%=$(BIN)/%) $(BIN)/datetest $(BIN)/colstest

# Before the first compile: the libraries, or the command that installs
# them (tests/deps.sh --build --check never installs).
$(O)/.build-deps:
	@sh tests/deps.sh --build --check
	@mkdir -p $(O)
	@touch $@

$(O)/%.o: src/%.c src/plan.h | $(O)/.build-deps
	@mkdir -p $(O)
	$(CC) $(ALL_CFLAGS) $(DEPCFLAGS) -c -o $@ $<

$(O)/libplan.a: $(LIBOBJS)
	rm -f $@
	$(AR) rcs $@ $(LIBOBJS)

$(BIN)/%: $(O)/%.o $(O)/libplan.a
	@mkdir -p $(BIN)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(O)/libplan.a $(DEPLIBS)

# The built-in rules, kept as a rules file, embedded as a C string.
# '?' is escaped too: C11 would read "??(" as a trigraph.
$(O)/builtin-rules.c: src/builtin.rules
	@mkdir -p $(O)
	{ echo '/* Generated from src/builtin.rules by make. */'; \
	  echo 'const char builtin_rules[] ='; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/?/\\?/g' \
	      -e 's/^/"/' -e 's/$$/\\n"/' src/builtin.rules; \
	  echo ';'; } >$@

$(O)/builtin-rules.o: $(O)/builtin-rules.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $(O)/builtin-rules.c

# plandiff parses its two versions at once.
$(BIN)/plandiff: ALL_CFLAGS += -pthread

# Test-only drivers of the shared code.
$(O)/datetest.o: tests/unit/datetest.c src/plan.h
	@mkdir -p $(O)
	$(CC) $(ALL_CFLAGS) -Isrc -c -o $@ tests/unit/datetest.c

$(BIN)/datetest: $(O)/datetest.o $(O)/date.o
	@mkdir -p $(BIN)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(O)/datetest.o $(O)/date.o

$(O)/colstest.o: tests/unit/colstest.c src/plan.h
	@mkdir -p $(O)
	$(CC) $(ALL_CFLAGS) -Isrc -c -o $@ tests/unit/colstest.c

$(BIN)/colstest: $(O)/colstest.o $(O)/libplan.a
	@mkdir -p $(BIN)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(O)/colstest.o $(O)/libplan.a \
	    $(DEPLIBS)

$(O)/shim.so: tests/unit/shim.c
	@mkdir -p $(O)
	$(CC) -O1 -Wall -Wextra -shared -fPIC -o $@ tests/unit/shim.c -ldl

# Install what the build and the tests need (as root), or say how.
deps:
	@sh tests/deps.sh

# tests/hostile.sh times the tools against build/bench/bare; build/shim.so
# makes races happen on time (tests/unit/shim.c).  Built without
# sanitizers even for check-asan.
HOSTILE = build/bench/bare build/bench/runstat build/bench/flood \
	build/shim.so

check: deps
	@$(MAKE) --no-print-directory all $(HOSTILE)
	@$(MAKE) --no-print-directory lint
	@sh tests/run.sh

# The whole suite again under AddressSanitizer and UBSan.
check-asan: deps
	@$(MAKE) --no-print-directory O=build-asan BIN=bin-asan CC=$(CC) \
	    CFLAGS='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' all
	@$(MAKE) --no-print-directory $(HOSTILE)
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    BIN=bin-asan sh tests/run.sh

# And under valgrind.
# pcre2's JIT code is opaque to valgrind: plancheck runs without it.
check-valgrind: deps all
	@PLANMARK_NO_JIT=1 WRAP='valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect' \
	    sh tests/run.sh

# Each tool against a bare libcmark parse of a generated 100 MB plan.
# plancheck's SMART verdicts against goals people labelled (issue 11):
# the set lives beside the project, as ../shared/smart-dev in CI.
SMART_DEV = ../shared/smart-dev
smart-eval: $(BIN)/plancheck
	@if [ -f $(SMART_DEV)/evaluate.py ] && [ -d $(SMART_DEV)/data ]; then \
		python3 $(SMART_DEV)/evaluate.py $(SMART_DEV)/data \
		    "$$(pwd)/$(BIN)/plancheck"; \
	else \
		echo "smart-eval: skipped: no $(SMART_DEV)/evaluate.py"; \
	fi

bench: all $(O)/bench/gen $(O)/bench/bare $(O)/bench/runstat
	@sh tests/bench/run.sh

$(O)/bench/gen: tests/bench/gen.c
	@mkdir -p $(O)/bench
	$(CC) $(ALL_CFLAGS) -o $@ tests/bench/gen.c

$(O)/bench/bare: tests/bench/bare.c | $(O)/.build-deps
	@mkdir -p $(O)/bench
	$(CC) $(ALL_CFLAGS) $(DEPCFLAGS) -o $@ tests/bench/bare.c $(DEPLIBS)

$(O)/bench/flood: tests/bench/flood.c
	@mkdir -p $(O)/bench
	$(CC) $(ALL_CFLAGS) -o $@ tests/bench/flood.c

$(O)/bench/runstat: tests/bench/runstat.c
	@mkdir -p $(O)/bench
	$(CC) $(ALL_CFLAGS) -o $@ tests/bench/runstat.c

# libFuzzer targets (clang): each runs FUZZ_SECONDS; fuzz-smoke briefly.
FUZZ_SECONDS = 60
FUZZ = fuzz_markdown fuzz_tally fuzz_diff fuzz_model fuzz_rules fuzz_date
FUZZ_CFLAGS = -O1 -g -fsanitize=fuzzer-no-link,address,undefined \
	-fno-omit-frame-pointer -fno-sanitize-recover=all

fuzz-build: deps
	@$(MAKE) --no-print-directory O=build-fuzz BIN=bin-fuzz CC=clang \
	    CFLAGS='$(FUZZ_CFLAGS)' $(FUZZ:%=build-fuzz/%)

fuzz: fuzz-build
	@FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz/run.sh build-fuzz \
	    $(FUZZ:%=build-fuzz/%)

# The smoke run (CI): every target, briefly.
FUZZ_SMOKE = $(FUZZ)
fuzz-smoke: fuzz-build
	@FUZZ_SECONDS=10 sh tests/fuzz/run.sh build-fuzz \
	    $(FUZZ_SMOKE:%=build-fuzz/%)

# FUZZ_RUNS executions of each target (a million by default), built for
# throughput: UBSan without ASan, no comparison tracing, inputs up to
# 2 KiB.  About 15 minutes a target on an idle core.
FUZZ_RUNS = 1000000
fuzz-runs: deps
	@$(MAKE) --no-print-directory O=build-fuzzrun BIN=bin-fuzzrun CC=clang \
	    CFLAGS='-O2 -g -fsanitize=fuzzer-no-link,undefined -fno-sanitize-coverage=trace-cmp -fno-sanitize-recover=all' \
	    $(FUZZ:%=build-fuzzrun/%)
	@FUZZ_RUNS=$(FUZZ_RUNS) FUZZ_MAX_LEN=2048 sh tests/fuzz/run.sh \
	    build-fuzzrun $(FUZZ:%=build-fuzzrun/%)

$(O)/fuzz_%: tests/fuzz/fuzz_%.c $(O)/libplan.a src/plan.h
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -Isrc $(DEPCFLAGS) -o $@ $< \
	    $(O)/libplan.a $(DEPLIBS)

# fuzz_tally includes plantally.c to make its edits.
$(O)/fuzz_tally: src/plantally.c

# mandoc -Tlint, and no empty quotes as rendered (tests/manlint.sh).
lint:
	@sh tests/manlint.sh $(MAN1) $(MAN5) $(MAN7)

# Only what the build needs: mandoc, jq and git are for the tests.
demo:
	@sh tests/deps.sh --build
	@$(MAKE) --no-print-directory all
	@sh samples/demo.sh

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7 \
	    $(DESTDIR)$(DATADIR)
	cp $(TOOLS:%=$(BIN)/%) $(DESTDIR)$(BINDIR)/
	for f in $(MAN1) $(MAN5) $(MAN7) $(SAMPLES_EDITED); do \
		case $$f in \
		man/*) d=$(DESTDIR)$(MANDIR)/man$${f##*.} ;; \
		*) d=$(DESTDIR)$(DATADIR) ;; \
		esac; \
		sed -e 's|/usr/local/share/planmark|$(DATADIR)|g' \
		    -e 's|/usr/local/bin|$(BINDIR)|g' $$f >$$d/$${f##*/} || exit 1; \
	done
	cp $(SAMPLES_SCRIPTS) $(DESTDIR)$(DATADIR)/
	chmod 755 $(SAMPLES_SCRIPTS:samples/%=$(DESTDIR)$(DATADIR)/%)
	cp $(SAMPLES_DATA) $(DESTDIR)$(DATADIR)/
	chmod 644 $(SAMPLES_DATA:samples/%=$(DESTDIR)$(DATADIR)/%)

# What install wrote, and the directory of the samples if left empty.
uninstall:
	rm -f $(TOOLS:%=$(DESTDIR)$(BINDIR)/%)
	rm -f $(MAN1:man/%=$(DESTDIR)$(MANDIR)/man1/%) \
	    $(MAN5:man/%=$(DESTDIR)$(MANDIR)/man5/%) \
	    $(MAN7:man/%=$(DESTDIR)$(MANDIR)/man7/%)
	rm -f $(SAMPLES_EDITED:samples/%=$(DESTDIR)$(DATADIR)/%) \
	    $(SAMPLES_SCRIPTS:samples/%=$(DESTDIR)$(DATADIR)/%) \
	    $(SAMPLES_DATA:samples/%=$(DESTDIR)$(DATADIR)/%)
	-rmdir $(DESTDIR)$(DATADIR) 2>/dev/null

clean:
	rm -rf build build-asan build-fuzz build-fuzzrun bin bin-asan bin-fuzz bin-fuzzrun

.PHONY: all bench smart-eval deps check check-asan check-valgrind lint demo install \
	uninstall clean \
	fuzz fuzz-smoke fuzz-build fuzz-runs
.SECONDARY:
