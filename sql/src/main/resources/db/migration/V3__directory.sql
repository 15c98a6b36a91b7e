-- Portcullis schema, version 3: the directory model (users with their attributes and emails,
-- groups with members, roles per tenant, roles assigned to users and to groups).
--
-- Sized for a million users per tenant: every lookup the services make is an index seek
-- (userName key, externalId, group display name key, role name, and both sides of every join
-- table). Join tables reference their rows by (tenant_id, id), so a membership or an assignment
-- can never join rows of two tenants, and they disappear with either side (ON DELETE CASCADE).

ALTER TABLE directory_user ADD COLUMN external_id VARCHAR(255);
ALTER TABLE directory_user ADD COLUMN display_name VARCHAR(255);
ALTER TABLE directory_user ADD COLUMN given_name VARCHAR(255);
ALTER TABLE directory_user ADD COLUMN family_name VARCHAR(255);
ALTER TABLE directory_user ADD COLUMN formatted_name VARCHAR(255);
ALTER TABLE directory_user ADD CONSTRAINT uq_directory_user_tenant_id UNIQUE (tenant_id, id);
CREATE INDEX ix_directory_user_external_id ON directory_user (tenant_id, external_id);

CREATE TABLE user_email (
    id          VARCHAR(36)  NOT NULL,
    tenant_id   VARCHAR(63)  NOT NULL,
    user_id     VARCHAR(36)  NOT NULL,
    address     VARCHAR(254) NOT NULL,
    email_type  VARCHAR(32),
    is_primary  BOOLEAN      NOT NULL,
    CONSTRAINT pk_user_email PRIMARY KEY (id),
    CONSTRAINT fk_user_email_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_email_user FOREIGN KEY (tenant_id, user_id)
        REFERENCES directory_user (tenant_id, id) ON DELETE CASCADE
);

CREATE INDEX ix_user_email_user ON user_email (tenant_id, user_id);

CREATE TABLE directory_group (
    id               VARCHAR(36)              NOT NULL,
    tenant_id        VARCHAR(63)              NOT NULL,
    display_name     VARCHAR(255)             NOT NULL,
    display_name_key VARCHAR(255)             NOT NULL,
    external_id      VARCHAR(255),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT pk_directory_group PRIMARY KEY (id),
    CONSTRAINT fk_directory_group_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uq_directory_group_name UNIQUE (tenant_id, display_name_key),
    CONSTRAINT uq_directory_group_tenant_id UNIQUE (tenant_id, id)
);

CREATE INDEX ix_directory_group_external_id ON directory_group (tenant_id, external_id);

CREATE TABLE group_member (
    id         VARCHAR(36)              NOT NULL,
    tenant_id  VARCHAR(63)              NOT NULL,
    group_id   VARCHAR(36)              NOT NULL,
    user_id    VARCHAR(36)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_group_member PRIMARY KEY (id),
    CONSTRAINT fk_group_member_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_member_group FOREIGN KEY (tenant_id, group_id)
        REFERENCES directory_group (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_group_member_user FOREIGN KEY (tenant_id, user_id)
        REFERENCES directory_user (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT uq_group_member UNIQUE (tenant_id, group_id, user_id)
);

-- "Which groups is this user in?" (effective roles, user deletion) starts from the user.
CREATE INDEX ix_group_member_user ON group_member (tenant_id, user_id);

CREATE TABLE role (
    id          VARCHAR(36)              NOT NULL,
    tenant_id   VARCHAR(63)              NOT NULL,
    name        VARCHAR(255)             NOT NULL,
    description VARCHAR(1000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_role PRIMARY KEY (id),
    CONSTRAINT fk_role_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uq_role_name UNIQUE (tenant_id, name),
    CONSTRAINT uq_role_tenant_id UNIQUE (tenant_id, id)
);

CREATE TABLE user_role (
    id         VARCHAR(36)              NOT NULL,
    tenant_id  VARCHAR(63)              NOT NULL,
    user_id    VARCHAR(36)              NOT NULL,
    role_id    VARCHAR(36)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (id),
    CONSTRAINT fk_user_role_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_role_user FOREIGN KEY (tenant_id, user_id)
        REFERENCES directory_user (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_user_role_role FOREIGN KEY (tenant_id, role_id)
        REFERENCES role (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT uq_user_role UNIQUE (tenant_id, user_id, role_id)
);

CREATE INDEX ix_user_role_role ON user_role (tenant_id, role_id);

CREATE TABLE group_role (
    id         VARCHAR(36)              NOT NULL,
    tenant_id  VARCHAR(63)              NOT NULL,
    group_id   VARCHAR(36)              NOT NULL,
    role_id    VARCHAR(36)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_group_role PRIMARY KEY (id),
    CONSTRAINT fk_group_role_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_group_role_group FOREIGN KEY (tenant_id, group_id)
        REFERENCES directory_group (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_group_role_role FOREIGN KEY (tenant_id, role_id)
        REFERENCES role (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT uq_group_role UNIQUE (tenant_id, group_id, role_id)
);

CREATE INDEX ix_group_role_role ON group_role (tenant_id, role_id);

-- Existing role strings move into ROLE and USER_ROLE. Splitting a space-separated list is not
-- portable SQL, so this step handles single-name values (all that versions 1 and 2 ever wrote:
-- the bootstrap admin's platform-admin) and refuses to run, rather than lose data, when a value
-- holds several names: adding this CHECK fails on such a row, in H2 and in PostgreSQL alike.
ALTER TABLE directory_user ADD CONSTRAINT ck_v3_one_role_per_user CHECK (roles NOT LIKE '% %');
ALTER TABLE directory_user DROP CONSTRAINT ck_v3_one_role_per_user;

-- Ids without a database-specific UUID function: a role takes the smallest id of the users that
-- hold it (user ids are UUIDs and unique, so role ids are too); an assignment takes its user's id.
INSERT INTO role (id, tenant_id, name, description, created_at, version)
SELECT MIN(u.id), u.tenant_id, u.roles, NULL, MIN(u.created_at), 0
FROM directory_user u
WHERE u.roles <> ''
GROUP BY u.tenant_id, u.roles;

INSERT INTO user_role (id, tenant_id, user_id, role_id, created_at)
SELECT u.id, u.tenant_id, u.id, r.id, u.created_at
FROM directory_user u
JOIN role r ON r.tenant_id = u.tenant_id AND r.name = u.roles;

ALTER TABLE directory_user DROP COLUMN roles;
