#!/usr/bin/env bash
# Installs what the editor tests need (test/e2e: code-server + Chromium + playwright-core;
# test/nvim: Neovim). Idempotent: code-server is installed once into test/e2e/.deps (git-ignored)
# and reused; apt packages are installed only when missing (needs root, as on CI).
set -euo pipefail
cd "$(dirname "$0")"
E2E="$(pwd)"
DEPS="$E2E/.deps"
CODE_SERVER_VERSION=4.100.3
# code-server 4.100.3 (VS Code 1.100.3) pins @vscode/ripgrep 1.15.11, whose postinstall wants
# ripgrep v13.0.0-10 for x86_64-unknown-linux-musl from GitHub (unreachable here): it is served
# from the download cache that module looks in first, $TMPDIR/vscode-ripgrep-cache-1.15.11/.
RIPGREP_MODULE_VERSION=1.15.11
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

VSCODE="$DEPS/node_modules/code-server/lib/vscode"
# code-server's native modules and rg, as its postinstall leaves them.
built() {
  for f in @vscode/ripgrep/bin/rg node-pty/build/Release/pty.node kerberos/build/Release/kerberos.node \
           @vscode/spdlog/build/Release/spdlog.node native-watchdog/build/Release/watchdog.node; do
    [ -e "$VSCODE/node_modules/$f" ] || return 1
  done
}

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v nvim >/dev/null || need+=(neovim)
command -v rg >/dev/null || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "setup: missing Debian packages: ${need[*]} (run as root, or: sudo apt-get install -y ${need[*]})"; exit 1
  fi
  echo "setup: apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ -x "$DEPS/node_modules/.bin/code-server" ] && built \
   && [ "$(node -p "require('$DEPS/node_modules/code-server/package.json').version" 2>/dev/null)" = "$CODE_SERVER_VERSION" ]; then
  echo "setup: code-server $CODE_SERVER_VERSION already in $DEPS"
  exit 0
fi

mkdir -p "$DEPS/tmp"
cat > "$DEPS/package.json" <<JSON
{
  "name": "initlint-e2e-deps",
  "private": true,
  "description": "code-server for initlint's editor tests (installed by test/e2e/setup.sh, not part of the package)",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON

# Debian's rg, packed the way @vscode/ripgrep's download cache holds it (a tarball with rg at its top).
RG_CACHE="$DEPS/tmp/vscode-ripgrep-cache-$RIPGREP_MODULE_VERSION"
mkdir -p "$RG_CACHE"
if [ ! -s "$RG_CACHE/$RIPGREP_ASSET" ]; then
  rgtmp="$(mktemp -d)"
  cp "$(command -v rg)" "$rgtmp/rg"
  tar -czf "$RG_CACHE/$RIPGREP_ASSET" -C "$rgtmp" rg
  rm -rf "$rgtmp"
fi

# npm 11 runs no dependency install scripts unless package.json's allowScripts names them
# (--allow-scripts is refused in project installs, and an .npmrc allow-list would leak into the
# nested installs as an env var, which npm also refuses). The top-level install runs code-server's
# and argon2's scripts; code-server's postinstall then runs `npm install` in lib/vscode, which skips
# its dependencies' scripts when npm blocks unlisted ones (npm 11.19 with no policy at all runs them
# and warns); if any native module or rg is missing afterwards, lib/vscode gets its own
# allowScripts and `npm rebuild` runs them (native modules, and ripgrep served from the cache).
VSCODE_SCRIPTS='["@parcel/watcher","@vscode/deviceid","@vscode/ripgrep","@vscode/spdlog","@vscode/windows-process-tree","@vscode/windows-registry","kerberos","native-watchdog","node-pty"]'
export TMPDIR="$DEPS/tmp"
export npm_config_unsafe_perm=true   # code-server's postinstall refuses root without it
export npm_config_yes=true           # node-pty's build runs npx
# Node's own headers for node-gyp (no download), when the machine has them.
if [ -f /usr/include/node/node_version.h ]; then export npm_config_nodedir=/usr; fi
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

start=$(date +%s)
echo "setup: npm install code-server@$CODE_SERVER_VERSION into $DEPS (a few minutes)"
npm install --prefix "$DEPS" --no-save --no-package-lock --foreground-scripts --loglevel=warn >"$DEPS/install.log" 2>&1 || {
  tail -60 "$DEPS/install.log"; echo "setup: code-server install failed (log: $DEPS/install.log)"; exit 1; }
if ! built; then
  node -e '
    const fs = require("fs"); const file = process.argv[1];
    const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
    pkg.allowScripts = Object.fromEntries(JSON.parse(process.argv[2]).map((n) => [n, true]));
    fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
  ' "$VSCODE/package.json" "$VSCODE_SCRIPTS"
  echo "setup: building code-server's native modules"
  (cd "$VSCODE" && npm rebuild --foreground-scripts --loglevel=warn) >>"$DEPS/install.log" 2>&1 || {
    tail -60 "$DEPS/install.log"; echo "setup: npm rebuild in lib/vscode failed (log: $DEPS/install.log)"; exit 1; }
fi
built || { tail -60 "$DEPS/install.log"; echo "setup: code-server installed without its native modules or rg"; exit 1; }
echo "setup: code-server installed in $(( $(date +%s) - start ))s"
