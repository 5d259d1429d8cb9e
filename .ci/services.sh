#!/usr/bin/env bash
# Services for the store and web tests: Debian's Chromium (Playwright drives it) and a local PostgreSQL
# listening on loopback only, with the role and database the tests use (PROPOS_TEST_POSTGRES).
set -euo pipefail
if ! command -v chromium >/dev/null || ! command -v pg_ctlcluster >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium postgresql postgresql-contrib >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if [ -z "$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main"')" ]; then
  pg_createcluster "$version" main >/dev/null
fi
echo "listen_addresses = '127.0.0.1'" > "/etc/postgresql/$version/main/conf.d/propos.conf"
pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main status >/dev/null
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='propos'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"CREATE ROLE propos LOGIN PASSWORD 'propos'\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='propos_test'\"" | grep -q 1 ||
  su postgres -c "psql -qc 'CREATE DATABASE propos_test OWNER propos'"
