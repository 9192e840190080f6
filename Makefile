# zhibu — one GNU Makefile.  `make run` and `make check` work as the first
# command on a fresh Debian 12 machine: scripts/deps.sh installs what is missing
# (`make all`/`make run`: what building and running need; `make check` adds
# what the tests need).

PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/bin
MANPREFIX ?= $(PREFIX)/share/man
LOCALEDIR ?= $(PREFIX)/share/locale
DESTDIR   ?=

CC      ?= cc
CFLAGS  ?= -O2 -g
B       ?= build

PKGS     = ncursesw sqlite3 xlsxwriter minizip expat freexl cairo-pdf pangocairo pangoft2 harfbuzz-subset fontconfig
# Recursive variables: pkg-config runs when a recipe needs them, after the
# dependency script has had its chance to install the packages.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS))
CMOCKA_LIBS = $(shell pkg-config --libs cmocka)

ZHIBU_VERSION = 0.1.0
ZB_CFLAGS = -std=c11 -pthread -D_GNU_SOURCE -DZHIBU_VERSION='"$(ZHIBU_VERSION)"' -Wall -Wextra -Wshadow -Wno-unused-parameter \
	-Isrc -I$(B) -MMD -MP -DLOCALEDIR='"$(LOCALEDIR)"' $(PKG_CFLAGS)

V ?= 0
ifeq ($(V),0)
Q = @
say = @printf '  %-7s %s\n' $(1) $(2);
else
Q =
say =
endif

SRC      := $(sort $(wildcard src/*/*.c))
LIB_OBJ  := $(SRC:%.c=$(B)/obj/%.o) $(B)/obj/schema.o
MAIN_OBJ := $(B)/obj/src/main.o
SCHEMA   := $(sort $(wildcard schema/*.sql))
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)
TOOL_SRC := $(sort $(wildcard tests/tools/*.c))
TOOL_BIN := $(TOOL_SRC:tests/tools/%.c=$(B)/tools/%)
MO       := $(B)/locale/zh_CN/LC_MESSAGES/zhibu.mo
DEPS_OK  := $(B)/.deps-ok
TEST_DEPS_OK := $(B)/.test-deps-ok

.PHONY: all run check unit-tests cli-tests tui-tests po-check man-check pot bench install uninstall clean deps \
	safety-tests asan-tests valgrind-tests fuzz fuzz-build fuzz-replay fuzz-merge
all: $(B)/zhibu $(MO)

deps: $(DEPS_OK)
$(DEPS_OK): scripts/deps.sh
	$(Q)mkdir -p $(B)
	$(Q)sh scripts/deps.sh
	$(Q)touch $@
$(TEST_DEPS_OK): scripts/deps.sh
	$(Q)mkdir -p $(B)
	$(Q)sh scripts/deps.sh test
	$(Q)touch $@

$(B)/zhibu: $(MAIN_OBJ) $(B)/libzhibu.a
	$(call say,LINK,$@)$(CC) $(LDFLAGS) -pthread -o $@ $^ $(PKG_LIBS) -lm

$(B)/libzhibu.a: $(LIB_OBJ)
	$(call say,AR,$@)rm -f $@ && ar rcs $@ $^

$(B)/obj/%.o: %.c | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(call say,CC,$<)$(CC) $(ZB_CFLAGS) $(CFLAGS) -c -o $@ $<

# Migrations are compiled into the binary.
$(B)/schema.c: $(SCHEMA) scripts/embed-schema.sh
	@mkdir -p $(B)
	$(call say,GEN,$@)sh scripts/embed-schema.sh $(SCHEMA) > $@.tmp && mv $@.tmp $@
$(B)/obj/schema.o: $(B)/schema.c | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(call say,CC,$<)$(CC) $(ZB_CFLAGS) $(CFLAGS) -c -o $@ $<

$(MO): po/zh_CN.po | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(call say,MSGFMT,$<)msgfmt --check -o $@ $<

# Translation template, the git way: regenerate, then merge into zh_CN.po.
pot: | $(DEPS_OK)
	LC_ALL=C.UTF-8 xgettext --from-code=UTF-8 -k_ -kN_ -kNP_:1c,2 --add-comments=TRANSLATORS: \
		--package-name=zhibu -o po/zhibu.pot $(sort $(wildcard src/*.c src/*/*.c src/*/*.h))
	msgmerge -q --update --backup=none --no-fuzzy-matching po/zh_CN.po po/zhibu.pot

po-check: | $(DEPS_OK)
	$(Q)sh tests/po-check.sh

man-check: | $(TEST_DEPS_OK)
	$(Q)sh tests/man-check.sh

$(B)/tests/%: tests/unit/%.c tests/unit/unit.h $(B)/libzhibu.a | $(TEST_DEPS_OK)
	@mkdir -p $(dir $@)
	$(call say,CC,$<)$(CC) $(ZB_CFLAGS) $(CFLAGS) -Itests/unit -o $@ $< $(B)/libzhibu.a $(PKG_LIBS) $(CMOCKA_LIBS) -lm

$(B)/tools/%: tests/tools/%.c | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(call say,CC,$<)$(CC) $(ZB_CFLAGS) $(CFLAGS) -o $@ $<

unit-tests: $(UNIT_BIN)
	$(Q)fail=0; for t in $(UNIT_BIN); do $$t || fail=1; done; exit $$fail

cli-tests: all $(TOOL_BIN) | $(TEST_DEPS_OK)
	$(Q)sh tests/cli/run.sh $(B)

tui-tests: all $(TOOL_BIN) | $(TEST_DEPS_OK)
	$(Q)if [ -x tests/tui/run.sh ]; then sh tests/tui/run.sh $(B); fi

check: all | $(TEST_DEPS_OK)
	$(Q)$(MAKE) --no-print-directory unit-tests
	$(Q)$(MAKE) --no-print-directory po-check
	$(Q)$(MAKE) --no-print-directory man-check
	$(Q)$(MAKE) --no-print-directory cli-tests
	$(Q)$(MAKE) --no-print-directory tui-tests
	$(Q)$(MAKE) --no-print-directory safety-tests
	$(Q)$(MAKE) --no-print-directory asan-tests
	$(Q)$(MAKE) --no-print-directory valgrind-tests

# ---- Nothing lost: crash and fault tests, sanitizers, fuzzing -------------
# Kills, a full disk and two copies on one file (tests/safety/).
safety-tests: all $(TOOL_BIN) | $(TEST_DEPS_OK)
	$(Q)sh tests/safety/run.sh $(B)

# The unit and command suites again, built with AddressSanitizer and
# UndefinedBehaviorSanitizer in their own folder, and the fuzz corpus
# replayed there.
ASAN_B    ?= build-asan
SAN_FLAGS  = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
SAN_ENV    = ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:check_initialization_order=1 \
	     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	     LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0
asan-tests:
	$(Q)$(SAN_ENV) $(MAKE) --no-print-directory B=$(ASAN_B) CFLAGS='$(SAN_FLAGS)' \
		LDFLAGS='$(SAN_FLAGS)' unit-tests cli-tests fuzz-replay

# A scripted full-screen session under valgrind: no errors, no definite leaks.
valgrind-tests: all | $(TEST_DEPS_OK)
	$(Q)sh tests/safety/valgrind.sh $(B)

# Fuzzing with libFuzzer (clang), each target for FUZZ_SECONDS; new inputs
# go to $(FUZZ_B)/corpus, crashes to $(FUZZ_B)/crashes; each session is
# added to tests/fuzz/record.txt.  Not part of make check.
FUZZ_B       ?= build-fuzz
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_FLAGS    = -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
FUZZ_SRC     := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_NAMES   := $(FUZZ_SRC:tests/fuzz/%.c=%)
fuzz:
	$(Q)command -v $(FUZZ_CC) >/dev/null || { echo "make fuzz needs clang: apt-get install clang" >&2; exit 1; }
	$(Q)$(MAKE) --no-print-directory B=$(FUZZ_B) CC=$(FUZZ_CC) CFLAGS='$(FUZZ_FLAGS)' fuzz-build
	$(Q)LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp sh tests/fuzz/run.sh $(FUZZ_B) $(FUZZ_SECONDS) $(FUZZ_NAMES)

fuzz-build: $(FUZZ_NAMES:%=$(B)/fuzz/%)
$(B)/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(B)/libzhibu.a | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(call say,FUZZ,$<)$(CC) $(ZB_CFLAGS) $(CFLAGS) -fsanitize=fuzzer -Itests/fuzz -o $@ $< \
		$(B)/libzhibu.a $(PKG_LIBS) -lm

# Minimise the corpus found by make fuzz into tests/fuzz/corpus.
fuzz-merge:
	$(Q)for t in $(FUZZ_NAMES); do mkdir -p tests/fuzz/corpus/$$t; \
		$(FUZZ_B)/fuzz/$$t -merge=1 tests/fuzz/corpus/$$t $(FUZZ_B)/corpus/$$t || exit 1; done

# Every fuzz input kept in tests/fuzz/corpus (crashes found once among
# them), run through the same targets built without libFuzzer.
fuzz-replay: $(FUZZ_NAMES:%=$(B)/fuzz-replay/%)
	$(Q)fail=0; for t in $(FUZZ_NAMES); do $(B)/fuzz-replay/$$t tests/fuzz/corpus/$$t || fail=1; done; exit $$fail
.PRECIOUS: $(B)/obj/tests/fuzz/replay.o
$(B)/fuzz-replay/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(B)/obj/tests/fuzz/replay.o $(B)/libzhibu.a | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(call say,CC,$<)$(CC) $(ZB_CFLAGS) $(CFLAGS) -Itests/fuzz -o $@ $< $(B)/obj/tests/fuzz/replay.o \
		$(B)/libzhibu.a $(PKG_LIBS) -lm

run: all
	$(Q)db=$${ZHIBU_DB:-$(B)/demo.db}; \
	if [ ! -f "$$db" ]; then ./$(B)/zhibu --db "$$db" demo || exit 1; fi; \
	./$(B)/zhibu --db "$$db"

bench: all $(TOOL_BIN) | $(TEST_DEPS_OK)
	$(Q)sh bench/bench.sh $(B)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANPREFIX)/man1 $(DESTDIR)$(LOCALEDIR)/zh_CN/LC_MESSAGES
	install -m 755 $(B)/zhibu $(DESTDIR)$(BINDIR)/zhibu
	install -m 644 man/zhibu.1 $(DESTDIR)$(MANPREFIX)/man1/zhibu.1
	install -m 644 $(MO) $(DESTDIR)$(LOCALEDIR)/zh_CN/LC_MESSAGES/zhibu.mo

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/zhibu $(DESTDIR)$(MANPREFIX)/man1/zhibu.1 \
		$(DESTDIR)$(LOCALEDIR)/zh_CN/LC_MESSAGES/zhibu.mo

clean:
	rm -rf $(B)

-include $(shell find $(B) -name '*.d' 2>/dev/null)
