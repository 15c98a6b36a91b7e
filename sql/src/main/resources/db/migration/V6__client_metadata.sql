-- Portcullis schema, version 6: client metadata for the OpenID Provider (RFC 7591 §2, OpenID
-- Connect Registration, RFC 8707 resources), the registration access token of RFC 7592, and the
-- previous secret that stays valid for a grace period after a rotation. Lists of URIs are stored
-- space-separated: a URI never holds a space.

ALTER TABLE oauth_client ADD COLUMN auth_method VARCHAR(32) DEFAULT 'client_secret_basic' NOT NULL;
ALTER TABLE oauth_client ADD COLUMN redirect_uris VARCHAR(42000) DEFAULT '' NOT NULL;
ALTER TABLE oauth_client ADD COLUMN post_logout_redirect_uris VARCHAR(42000) DEFAULT '' NOT NULL;
ALTER TABLE oauth_client ADD COLUMN resources VARCHAR(42000) DEFAULT '' NOT NULL;
ALTER TABLE oauth_client ADD COLUMN access_token_jwt_typ VARCHAR(8) DEFAULT 'JWT' NOT NULL;
ALTER TABLE oauth_client ADD COLUMN id_token_alg VARCHAR(8) DEFAULT 'ES256' NOT NULL;
ALTER TABLE oauth_client ADD COLUMN first_party BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE oauth_client ADD COLUMN jwks_uri VARCHAR(2000);
ALTER TABLE oauth_client ADD COLUMN jwks VARCHAR(20000);
ALTER TABLE oauth_client ADD COLUMN backchannel_logout_uri VARCHAR(2000);
ALTER TABLE oauth_client ADD COLUMN registration_token_hash VARCHAR(64);
ALTER TABLE oauth_client ADD COLUMN previous_secret_hash VARCHAR(64);
ALTER TABLE oauth_client ADD COLUMN previous_secret_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE oauth_client ADD COLUMN secret_issued_at TIMESTAMP WITH TIME ZONE;
