-- Portcullis schema, PostgreSQL only (after version 10): a trigram index on the userName key, so
-- that SCIM's `userName co "..."` / `ew "..."` (LIKE '%...%' on USER_NAME_KEY) reads the matching
-- rows instead of every row of the tenant (bench/directory). H2 has no such index: there these
-- filters read the tenant.
--
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension (PostgreSQL 13 and later): the
-- owner of the database may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX ix_directory_user_name_trgm ON directory_user USING gin (user_name_key gin_trgm_ops);
