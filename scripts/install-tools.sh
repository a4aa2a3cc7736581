#!/usr/bin/env bash
# Installs what a fresh Debian machine with only rustup lacks for the bench: `just`, a C
# compiler (mlua builds the vendored PUC-Rio Lua), redis-server (the `redis` engine and
# arbitration), chromium (the nightly HTML report's test; optional). Safe to re-run.
#
# `pip install --user` puts `just` in ~/.local/bin, which may not be on PATH: afterwards run
#     export PATH="$HOME/.local/bin:$HOME/.cargo/bin:$PATH"
# (this script prints that reminder when `just` is not reachable otherwise).
set -euo pipefail

ORIGINAL_PATH=$PATH
export PATH="$HOME/.local/bin:$HOME/.cargo/bin:$PATH"

apt_install() {
    if ! command -v apt-get >/dev/null; then
        echo "install-tools: no apt-get; install $* by hand" >&2
        return 1
    fi
    local sudo=""
    if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then
        sudo=sudo
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@"
}

if ! command -v cc >/dev/null; then
    apt_install build-essential
fi

if ! command -v just >/dev/null; then
    if ! command -v python3 >/dev/null || ! python3 -m pip --version >/dev/null 2>&1; then
        apt_install python3-pip || true
    fi
    python3 -m pip install --quiet --user rust-just \
        || python3 -m pip install --quiet --user --break-system-packages rust-just \
        || cargo install --locked just
fi

if ! command -v redis-server >/dev/null; then
    apt_install redis-server
fi

# The reference interpreter binary for `ferrous-conformance standalone`.
if ! command -v lua5.1 >/dev/null; then
    apt_install lua5.1
fi

if ! command -v chromium >/dev/null; then
    apt_install chromium || echo "install-tools: chromium unavailable: the HTML report test will skip"
fi

just_path=$(command -v just)
echo "install-tools: just at $just_path, redis-server at $(command -v redis-server)"
# Reachable only through the PATH this script set up: say how to reach it from the shell.
if ! env PATH="${ORIGINAL_PATH:-}" bash -c 'command -v just' >/dev/null 2>&1; then
    echo "install-tools: add just's folder to PATH: export PATH=\"$(dirname "$just_path"):\$PATH\""
fi
