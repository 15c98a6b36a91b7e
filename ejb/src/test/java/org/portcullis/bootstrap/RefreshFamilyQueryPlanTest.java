package org.portcullis.bootstrap;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Every refresh asks whether the token's family has a revoked token ({@code
 * RefreshTokens.familyRevoked}). On the migrated schema, embedded H2 must answer from the index on
 * (tenant_id, family_id, revoked_at), with revoked_at in the index condition: otherwise it visits
 * every rotated token of the family, and a refresh costs more the longer its family is.
 */
class RefreshFamilyQueryPlanTest {

  /** The conditions of {@code familyRevoked}'s JPQL, with the tenant discriminator, in SQL. */
  private static final String FAMILY_REVOKED =
      "EXPLAIN SELECT COUNT(ID) FROM REFRESH_TOKEN"
          + " WHERE ((FAMILY_ID = ?) AND (REVOKED_AT >= ?)) AND (TENANT_ID = ?)";

  @Test
  void familyRevokedReadsOnlyTheFamilysRevokedTokensFromTheIndex() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:refresh-plan;DB_CLOSE_DELAY=-1");
    SchemaMigration.migrate(h2);

    try (Connection connection = h2.getConnection();
        PreparedStatement explain = connection.prepareStatement(FAMILY_REVOKED)) {
      explain.setString(1, "family");
      explain.setObject(2, OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
      explain.setString(3, "tenant");
      try (ResultSet plan = explain.executeQuery()) {
        assertTrue(plan.next());
        String text = plan.getString(1);
        String index = text.substring(text.indexOf("/*"), text.indexOf("*/"));
        assertTrue(
            index.contains("IX_REFRESH_TOKEN_FAMILY_REVOKED")
                && index.contains("FAMILY_ID =")
                && index.contains("REVOKED_AT >="),
            "the index must narrow the read to the family's revoked tokens: " + text);
      }
    }
  }
}
