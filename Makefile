# Shipyard: `make run` starts the shell, `make test` runs every test.
SWIFT ?= swift

.PHONY: run test build deps clean

# libedit's headers are the one system dependency (Debian: libedit-dev). Installed when
# missing, through sudo unless root; apt's package lists may be empty on a fresh machine.
deps:
	@if ! dpkg -s libedit-dev >/dev/null 2>&1; then \
		echo "Installing libedit-dev (the line editor's library)..."; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libedit-dev; \
	fi

build: deps
	$(SWIFT) build -c release --product shipyard

run: build
	@./.build/release/shipyard

test: deps
	$(SWIFT) test

clean:
	rm -rf .build
