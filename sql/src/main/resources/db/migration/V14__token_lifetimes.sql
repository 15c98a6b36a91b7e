-- Portcullis schema, version 14: each tenant's token lifetimes, in seconds (Keycloak's realm token
-- and session settings).
--
-- A tenant without a row has the platform's defaults (access tokens 300 s, PORTCULLIS_SESSION_*
-- and PORTCULLIS_REFRESH_* settings). The row's id is its tenant's id, so a tenant has at most one;
-- it goes with its tenant (ON DELETE CASCADE). The CHECKs repeat the bounds that the code enforces.

CREATE TABLE token_lifetimes (
    id           VARCHAR(63)              NOT NULL,
    tenant_id    VARCHAR(63)              NOT NULL,
    access_token BIGINT                   NOT NULL,
    session_max  BIGINT                   NOT NULL,
    refresh_idle BIGINT                   NOT NULL,
    refresh_max  BIGINT                   NOT NULL,
    offline_idle BIGINT                   NOT NULL,
    offline_max  BIGINT                   NOT NULL,
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL,
    CONSTRAINT pk_token_lifetimes PRIMARY KEY (id),
    CONSTRAINT fk_token_lifetimes_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uq_token_lifetimes_tenant UNIQUE (tenant_id),
    CONSTRAINT ck_token_lifetimes_access CHECK (access_token BETWEEN 60 AND 3600),
    CONSTRAINT ck_token_lifetimes_session CHECK (session_max BETWEEN 300 AND 2592000),
    CONSTRAINT ck_token_lifetimes_refresh CHECK (refresh_idle >= 60 AND refresh_idle <= refresh_max AND refresh_max <= 31536000),
    CONSTRAINT ck_token_lifetimes_offline CHECK (offline_idle >= 60 AND offline_idle <= offline_max AND offline_max <= 31536000)
);
