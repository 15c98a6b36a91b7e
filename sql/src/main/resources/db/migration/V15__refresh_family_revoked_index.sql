-- Portcullis schema, version 15: whether a refresh token family has a revoked token, read on every
-- refresh, reads only the family's revoked tokens. With (tenant_id, family_id) the database visited
-- every token of the family, rotated ones included, so a refresh cost grew with the number of
-- refreshes before it (a family lives up to 60 days). The new index starts with the old one's
-- columns and replaces it.

CREATE INDEX ix_refresh_token_family_revoked ON refresh_token (tenant_id, family_id, revoked_at);
DROP INDEX ix_refresh_token_family;
