-- Portcullis schema, version 13: a tenant can be disabled by a platform admin. A disabled tenant
-- keeps its data but is not resolved: its issuer and every endpoint below it answer 404 until it is
-- enabled again (KnownTenants).
ALTER TABLE tenant ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
