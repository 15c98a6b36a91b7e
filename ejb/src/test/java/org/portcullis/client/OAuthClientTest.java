package org.portcullis.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.portcullis.directory.Roles;

class OAuthClientTest {

  private final OAuthClient client =
      OAuthClient.confidential(
          new ClientId("reporting"),
          "Reporting",
          SecretHash.of("s3cret"),
          EnumSet.of(GrantType.CLIENT_CREDENTIALS),
          Scope.parse("reports:read"),
          Roles.of("reader"));

  @Test
  void confidentialClientAuthenticatesWithItsSecretOnly() {
    assertTrue(client.isConfidential());
    assertTrue(client.secretMatches("s3cret"));
    assertFalse(client.secretMatches("S3cret"));
  }

  @Test
  void usesOnlyItsRegisteredGrantsWithTheDefaultLifetime() {
    assertTrue(client.allows(GrantType.CLIENT_CREDENTIALS));
    assertEquals(Duration.ofSeconds(300), client.accessTokenLifetime());
    assertEquals(Roles.of("reader"), client.roles());
  }
}
