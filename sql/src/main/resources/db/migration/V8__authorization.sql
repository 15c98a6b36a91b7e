-- Portcullis schema, version 8: the authorization code flow (OpenID Connect).
--
-- sso_session: a user's sign-in in one browser, shared by the tenant's clients. The browser holds
-- the session id and a secret in a cookie; only the secret's SHA-256 hash is stored.
-- authorization_request: a validated authorization request waiting for the user (sign-in,
-- consent), bound to the browser that made it by the hash of a cookie secret. Short-lived.
-- authorization_code: single-use codes, stored by the SHA-256 hash of the code. A redeemed code
-- remembers what it issued, so that a replay can revoke it.
-- refresh_token: rotated refresh tokens, stored by hash, in families; a family shares its
-- absolute expiry; each row remembers the access token issued with it.
-- user_consent: the scope a user granted a third-party client.
-- Every table is tenant-owned and goes with its tenant; rows that name a user go with the user.

CREATE TABLE sso_session (
    id           VARCHAR(36)              NOT NULL,
    tenant_id    VARCHAR(63)              NOT NULL,
    user_id      VARCHAR(36)              NOT NULL,
    secret_hash  VARCHAR(64)              NOT NULL,
    auth_time    TIMESTAMP WITH TIME ZONE NOT NULL,
    amr          VARCHAR(255)             NOT NULL,
    acr          VARCHAR(64)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL,
    CONSTRAINT pk_sso_session PRIMARY KEY (id),
    CONSTRAINT fk_sso_session_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_sso_session_user FOREIGN KEY (tenant_id, user_id)
        REFERENCES directory_user (tenant_id, id) ON DELETE CASCADE
);

CREATE INDEX ix_sso_session_user ON sso_session (tenant_id, user_id);

CREATE TABLE authorization_request (
    id            VARCHAR(64)              NOT NULL,
    tenant_id     VARCHAR(63)              NOT NULL,
    client_id     VARCHAR(255)             NOT NULL,
    parameters    VARCHAR(20000)           NOT NULL,
    browser_hash  VARCHAR(64)              NOT NULL,
    user_id       VARCHAR(36),
    password_at   TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_authorization_request PRIMARY KEY (id),
    CONSTRAINT fk_authorization_request_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

CREATE INDEX ix_authorization_request_expires ON authorization_request (tenant_id, expires_at);

CREATE TABLE authorization_code (
    id                    VARCHAR(64)              NOT NULL,
    tenant_id             VARCHAR(63)              NOT NULL,
    client_id             VARCHAR(255)             NOT NULL,
    user_id               VARCHAR(36)              NOT NULL,
    session_id            VARCHAR(36)              NOT NULL,
    redirect_uri          VARCHAR(2000)            NOT NULL,
    scope                 VARCHAR(2000)            NOT NULL,
    resources             VARCHAR(20000)           NOT NULL,
    nonce                 VARCHAR(512),
    code_challenge        VARCHAR(128),
    auth_time             TIMESTAMP WITH TIME ZONE NOT NULL,
    amr                   VARCHAR(255)             NOT NULL,
    acr                   VARCHAR(64)              NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    redeemed_at           TIMESTAMP WITH TIME ZONE,
    replayed_at           TIMESTAMP WITH TIME ZONE,
    refresh_family        VARCHAR(36),
    access_token_jti      VARCHAR(36),
    access_token_expires  TIMESTAMP WITH TIME ZONE,
    version               BIGINT                   NOT NULL,
    CONSTRAINT pk_authorization_code PRIMARY KEY (id),
    CONSTRAINT fk_authorization_code_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_authorization_code_user FOREIGN KEY (tenant_id, user_id)
        REFERENCES directory_user (tenant_id, id) ON DELETE CASCADE
);

CREATE INDEX ix_authorization_code_session ON authorization_code (tenant_id, session_id);

CREATE TABLE refresh_token (
    id                    VARCHAR(64)              NOT NULL,
    tenant_id             VARCHAR(63)              NOT NULL,
    family_id             VARCHAR(36)              NOT NULL,
    client_id             VARCHAR(255)             NOT NULL,
    user_id               VARCHAR(36)              NOT NULL,
    session_id            VARCHAR(36)              NOT NULL,
    offline               BOOLEAN                  NOT NULL,
    scope                 VARCHAR(2000)            NOT NULL,
    resources             VARCHAR(20000)           NOT NULL,
    auth_time             TIMESTAMP WITH TIME ZONE NOT NULL,
    amr                   VARCHAR(255)             NOT NULL,
    acr                   VARCHAR(64)              NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    family_expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    rotated_at            TIMESTAMP WITH TIME ZONE,
    revoked_at            TIMESTAMP WITH TIME ZONE,
    access_token_jti      VARCHAR(36),
    access_token_expires  TIMESTAMP WITH TIME ZONE,
    version               BIGINT                   NOT NULL,
    CONSTRAINT pk_refresh_token PRIMARY KEY (id),
    CONSTRAINT fk_refresh_token_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_refresh_token_user FOREIGN KEY (tenant_id, user_id)
        REFERENCES directory_user (tenant_id, id) ON DELETE CASCADE
);

CREATE INDEX ix_refresh_token_family ON refresh_token (tenant_id, family_id);
CREATE INDEX ix_refresh_token_session ON refresh_token (tenant_id, session_id);

CREATE TABLE user_consent (
    id          VARCHAR(36)              NOT NULL,
    tenant_id   VARCHAR(63)              NOT NULL,
    user_id     VARCHAR(36)              NOT NULL,
    client_id   VARCHAR(255)             NOT NULL,
    scope       VARCHAR(2000)            NOT NULL,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_user_consent PRIMARY KEY (id),
    CONSTRAINT fk_user_consent_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_consent_user FOREIGN KEY (tenant_id, user_id)
        REFERENCES directory_user (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT uq_user_consent UNIQUE (tenant_id, user_id, client_id)
);

-- client_assertion: the private_key_jwt client assertions (RFC 7523) already used, by the hash of
-- tenant, client and jti, until they expire: an assertion authenticates once (RFC 7523 §3).
CREATE TABLE client_assertion (
    id          VARCHAR(64)              NOT NULL,
    tenant_id   VARCHAR(63)              NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_client_assertion PRIMARY KEY (id),
    CONSTRAINT fk_client_assertion_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
);

CREATE INDEX ix_client_assertion_expires ON client_assertion (tenant_id, expires_at);
