#!/usr/bin/env bash
# Installs the pinned code-server (VS Code 1.100.3 in a browser, with the real Node extension host) into the
# gitignored scratch folder, from the npm registry alone. Idempotent: does nothing when it is already installed.
# Needs (Debian): libkrb5-dev (kerberos' native module includes gssapi/gssapi.h) and ripgrep (see below).
# Usage: test/e2e/install-code-server.sh [scratch-dir]   (default: <repo>/.scratch)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
SCRATCH=${1:-$REPO/.scratch}
VERSION=4.100.3   # the newest code-server whose engines.node accepts node 20; its VS Code is 1.100.3
DEST=$SCRATCH/code-server-$VERSION
[ -x "$DEST/node_modules/.bin/code-server" ] && { echo "code-server $VERSION already in $DEST"; exit 0; }
command -v rg >/dev/null || { echo "ripgrep (rg) is required: apt-get install -y ripgrep" >&2; exit 1; }

# code-server's postinstall refuses to run as root under npm unless unsafe-perm is set (CI runs as root).
export TMPDIR=$SCRATCH/tmp npm_config_nodedir=${npm_config_nodedir:-/usr} npm_config_yes=true npm_config_unsafe_perm=true
mkdir -p "$TMPDIR" "$DEST"
# @vscode/ripgrep@1.15.11's postinstall downloads ripgrep v13.0.0-10 from GitHub unless its cache already holds the
# archive: seed the cache with Debian's rg (the extension host only runs it for workspace search).
cache=$TMPDIR/vscode-ripgrep-cache-1.15.11
mkdir -p "$cache/x" && cp "$(command -v rg)" "$cache/x/rg"
tar czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$cache/x" rg && rm -rf "$cache/x"

cd "$DEST"
echo '{"private":true}' > package.json
# npm_config_yes: node-pty's postinstall runs `npx node-gyp`, which would otherwise ask before installing it.
if ! npm install --no-audit --no-fund "code-server@$VERSION" > install.log 2>&1; then
  tail -40 install.log >&2
  cd "$REPO" && rm -rf "$DEST"
  exit 1
fi
echo "installed code-server $VERSION in $DEST"
