#!/usr/bin/env bash
# Installs Debian's chromium for test/browser when /usr/bin/chromium is missing. Quiet (one line,
# plus apt-get's last lines when it fails) and it never fails the caller: when Chromium cannot be
# installed, test/browser skips and says why. Recommended packages (GL drivers, printing, a
# notification daemon) are left out: a headless run with --disable-gpu needs none of them.
set -u

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: no apt-get on this machine; test/browser will skip"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium: not root, so apt-get cannot install chromium; test/browser will skip"
  exit 0
fi

log=$(mktemp)
start=$SECONDS
# timeout: a registry that never answers must not eat the CI run's time.
if timeout 600 apt-get update -qq >"$log" 2>&1 &&
  DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends chromium >>"$log" 2>&1 &&
  [ -x /usr/bin/chromium ]; then
  echo "install-chromium: installed $(/usr/bin/chromium --version 2>/dev/null) in $((SECONDS - start)) s"
else
  echo "install-chromium: could not install chromium in $((SECONDS - start)) s; test/browser will skip. apt-get said:"
  tail -n 5 "$log"
fi
rm -f "$log"
exit 0
