#!/bin/sh
# System packages the browser test of the query page needs (Debian's Chromium and its WebDriver).
# Idempotent: does nothing when /usr/bin/chromium is there. Needs root (apt-get).
set -eu
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "test deps: chromium and chromedriver present"
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver
