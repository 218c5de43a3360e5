-- The three logical databases and the extensions their migrations use. The local compose profile's
-- PostgreSQL runs this once, on an empty volume (docker-entrypoint-initdb.d); the services then
-- migrate their schemas and the backend seeds the catalog on start. Safe to run again, and on RDS
-- as the master user: psql "$ADMIN_URL" -v ON_ERROR_STOP=1 -f deploy/postgres/initdb/01-create-databases.sql
SELECT 'CREATE DATABASE perfume_db' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'perfume_db')\gexec
SELECT 'CREATE DATABASE recom_db' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'recom_db')\gexec
SELECT 'CREATE DATABASE member_db' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'member_db')\gexec

\connect perfume_db
CREATE EXTENSION IF NOT EXISTS vector;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

