-- Portcullis schema, version 1: tenants, their signing keys, OAuth clients and users.
--
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL (production).
-- Every tenant-owned table carries TENANT_ID NOT NULL, references TENANT and is unique per tenant:
-- EclipseLink's multitenancy filters by that column, and a row written without a tenant fails here
-- instead of becoming visible to nobody (or everybody).

CREATE TABLE tenant (
    id           VARCHAR(63)              NOT NULL,
    display_name VARCHAR(200)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL,
    CONSTRAINT pk_tenant PRIMARY KEY (id)
);

CREATE TABLE signing_key (
    id                 VARCHAR(36)              NOT NULL,
    tenant_id          VARCHAR(63)              NOT NULL,
    kid                VARCHAR(64)              NOT NULL,
    algorithm          VARCHAR(16)              NOT NULL,
    status             VARCHAR(16)              NOT NULL,
    public_jwk         VARCHAR(4000)            NOT NULL,
    sealed_private_key VARCHAR(8000)            NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT pk_signing_key PRIMARY KEY (id),
    CONSTRAINT fk_signing_key_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uq_signing_key_kid UNIQUE (tenant_id, kid)
);

CREATE TABLE oauth_client (
    id                    VARCHAR(36)              NOT NULL,
    tenant_id             VARCHAR(63)              NOT NULL,
    client_id             VARCHAR(255)             NOT NULL,
    client_name           VARCHAR(255)             NOT NULL,
    secret_hash           VARCHAR(64),
    grant_types           VARCHAR(255)             NOT NULL,
    scope                 VARCHAR(2000)            NOT NULL,
    roles                 VARCHAR(2000)            NOT NULL,
    access_token_lifetime INTEGER                  NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT                   NOT NULL,
    CONSTRAINT pk_oauth_client PRIMARY KEY (id),
    CONSTRAINT fk_oauth_client_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uq_oauth_client_client_id UNIQUE (tenant_id, client_id),
    CONSTRAINT ck_oauth_client_lifetime CHECK (access_token_lifetime BETWEEN 60 AND 3600)
);

CREATE TABLE directory_user (
    id            VARCHAR(36)              NOT NULL,
    tenant_id     VARCHAR(63)              NOT NULL,
    user_name     VARCHAR(255)             NOT NULL,
    user_name_key VARCHAR(255)             NOT NULL,
    password_hash VARCHAR(255),
    roles         VARCHAR(2000)            NOT NULL,
    active        BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT pk_directory_user PRIMARY KEY (id),
    CONSTRAINT fk_directory_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    -- userName is unique per tenant, case-insensitively (RFC 7643 §4.1.1): the key is its lower case.
    CONSTRAINT uq_directory_user_name UNIQUE (tenant_id, user_name_key)
);
