package org.portcullis.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretHashTest {

  @Test
  void generatedSecretsHave256RandomBits() {
    String secret = SecretHash.generateSecret();
    assertEquals(32, Base64.getUrlDecoder().decode(secret).length);
    assertNotEquals(secret, SecretHash.generateSecret());
  }

  @Test
  void onlyTheSecretMatchesItsHash() {
    String secret = SecretHash.generateSecret();
    SecretHash hash = SecretHash.of(secret);
    assertTrue(hash.matches(secret));
    assertFalse(hash.matches(secret + "x"));
    assertFalse(hash.matches(""));
  }

  @Test
  void neverShowsTheHash() {
    assertEquals("SecretHash[***]", SecretHash.of("s").toString());
  }
}
