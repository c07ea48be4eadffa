#!/usr/bin/env bash
# Installs Etherpad 1.8.14, the version the live-typing issue compared against, for EtherpadTypingBenchmark: from the
# npm registry (its package ep_etherpad-lite) into ~/.local/etherpad-1.8.14, laid out as its server expects (the
# package and its dependencies in src/, node_modules/ep_etherpad-lite pointing at it). Prints that folder.
set -euo pipefail
root="$HOME/.local/etherpad-1.8.14"
if [ ! -f "$root/src/node/server.js" ]; then
    work=$(mktemp -d)
    npm install --prefix "$work" --no-audit --no-fund --loglevel=error ep_etherpad-lite@1.8.14 >&2
    rm -rf "$root"
    mkdir -p "$root/node_modules" "$root/var"
    mv "$work/node_modules/ep_etherpad-lite" "$root/src"
    mv "$work/node_modules" "$root/src/node_modules"
    ln -s ../src "$root/node_modules/ep_etherpad-lite"
    rm -rf "$work"
fi
echo "$root"
