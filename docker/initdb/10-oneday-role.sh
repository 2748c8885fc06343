#!/bin/sh
# Run by the postgres image on the first start of an empty data volume only. The api gets a role of
# its own, no superuser, that owns the oneday database: its migrations create btree_gist and
# pgcrypto, trusted extensions a database owner may create. The superuser stays for administrators.
set -eu
psql -v ON_ERROR_STOP=1 -v password="$ONEDAY_DB_PASSWORD" --username "$POSTGRES_USER" --dbname postgres <<'SQL'
CREATE ROLE oneday LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
CREATE DATABASE oneday OWNER oneday;
SQL
