-- Portcullis schema, version 10: the number of users of each tenant, kept as the users are
-- created and deleted, so that SCIM's totalResults of an unfiltered list is a read of eight rows
-- instead of a COUNT over the tenant (a million index entries in a large one).
--
-- The count is split over eight slots per tenant, each create or delete adding to one of them at
-- random in its own transaction: concurrent creates in one tenant seldom wait for the same row.
-- The tenant's count is the sum of its slots (a slot may go below zero; the sum never does).
-- Every tenant gets its slots when it is created (and here, with its current count in slot 0).

CREATE TABLE directory_user_count (
    tenant_id VARCHAR(63) NOT NULL,
    slot      INTEGER     NOT NULL,
    users     BIGINT      NOT NULL,
    CONSTRAINT pk_directory_user_count PRIMARY KEY (tenant_id, slot),
    CONSTRAINT fk_directory_user_count_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT ck_directory_user_count_slot CHECK (slot BETWEEN 0 AND 7)
);

INSERT INTO directory_user_count (tenant_id, slot, users)
SELECT t.id, s.slot,
       CASE WHEN s.slot = 0 THEN (SELECT COUNT(*) FROM directory_user u WHERE u.tenant_id = t.id) ELSE 0 END
FROM tenant t
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7)) AS s (slot);
