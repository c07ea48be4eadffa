#!/usr/bin/env bash
# Run by Maven before the tests (see pom.xml): installs what the test suite needs and a fresh machine of this kind
# lacks. Debian's Chromium and its driver for the browser journeys; poppler's pdftotext to read the printed poster;
# Node 24 for the production build, which one test makes (Vaadin's own Node download cannot reach its host here, the
# npm registry can).
set -euo pipefail

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "test-tools: '$*' needs root; install it by hand or run the tests as root" >&2
        exit 1
    fi
}

apt_updated=false
apt_install() {
    if ! command -v apt-get >/dev/null; then
        # Not a Debian-like machine: the tests that need it say what is missing when they run.
        echo "test-tools: no apt-get here; install $* yourself" >&2
        return 0
    fi
    if [ "$apt_updated" = false ]; then
        as_root apt-get update -qq
        apt_updated=true
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

# Node 24 under ~/.local/node24, where the production build looks for it (the Vaadin plugin's nodeFolder in pom.xml);
# the production profile runs this part alone ("test-tools.sh node24") before its frontend build.
install_node24() {
    local prefix="$HOME/.local/node24"
    # The CA file the machine's npm trusts (a proxy's, say) is not known to a npm under another prefix: it is carried
    # over to the install and to the settings that Node 24's own npm is shipped with, which the production build uses.
    local machine_cafile npmrc="$prefix/lib/node_modules/npm/npmrc"
    machine_cafile=$(npm config get cafile 2>/dev/null || true)
    if [ ! -x "$prefix/bin/node" ] || [ "$("$prefix/bin/node" -v | cut -d. -f1)" != v24 ]; then
        if ! command -v npm >/dev/null; then
            echo "test-tools: installing Debian's npm to fetch Node 24"
            apt_install nodejs npm
            machine_cafile=$(npm config get cafile 2>/dev/null || true)
        fi
        if command -v npm >/dev/null; then
            echo "test-tools: installing Node 24 under $prefix"
            if [ -f "$machine_cafile" ]; then export NODE_EXTRA_CA_CERTS="$machine_cafile"; fi
            npm install -g -q --prefix "$prefix" node@24.21.0 npm@11.21.2
        fi
    fi
    if [ -f "$machine_cafile" ] && [ -d "$(dirname "$npmrc")" ] && ! grep -qs '^cafile=' "$npmrc"; then
        echo "cafile=$machine_cafile" >> "$npmrc"
    fi
}
if [ "${1:-}" = node24 ]; then
    install_node24
    exit 0
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    echo "test-tools: installing Debian's chromium and chromium-driver"
    apt_install chromium chromium-driver
fi

# pdftotext, to read the printed poster as a reader's tools would (the annual wheel journey)
if ! command -v pdftotext >/dev/null; then
    echo "test-tools: installing Debian's poppler-utils"
    apt_install poppler-utils
fi

install_node24

# PostgreSQL for the second run of the service and repository tests: Debian's server, started if it is stopped, and
# an account that may create the throw-away databases (support.ThrowAwayPostgres)
if ! command -v pg_lsclusters >/dev/null; then
    echo "test-tools: installing Debian's postgresql"
    apt_install postgresql
fi
if command -v pg_lsclusters >/dev/null; then
    pg_lsclusters -h | while read -r version cluster _port status _rest; do
        if [ "$status" != online ]; then
            echo "test-tools: starting PostgreSQL $version/$cluster"
            as_root pg_ctlcluster "$version" "$cluster" start
        fi
    done
    if ! as_root runuser -u postgres -- psql -tAc "select 1 from pg_roles where rolname = 'samarbeidsplakaten_test'" \
            | grep -q 1; then
        echo "test-tools: creating the PostgreSQL account samarbeidsplakaten_test for the tests"
        as_root runuser -u postgres -- psql -q -c \
            "create role samarbeidsplakaten_test login createdb password 'samarbeidsplakaten_test'"
    fi
fi
