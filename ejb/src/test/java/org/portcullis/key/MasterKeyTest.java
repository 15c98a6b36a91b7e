package org.portcullis.key;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class MasterKeyTest {

  private final MasterKey masterKey = MasterKey.of(randomKey());

  @Test
  void sealedValuesOpenInTheirContextOnly() {
    byte[] secret = "private key".getBytes(StandardCharsets.UTF_8);
    String sealed = masterKey.seal(secret, "kid-1");
    assertFalse(sealed.contains("private"));
    assertArrayEquals(secret, masterKey.unseal(sealed, "kid-1"));
    assertThrows(IllegalStateException.class, () -> masterKey.unseal(sealed, "kid-2"));
  }

  @Test
  void everySealUsesAFreshIv() {
    byte[] secret = {1, 2, 3};
    assertNotEquals(masterKey.seal(secret, "k"), masterKey.seal(secret, "k"));
  }

  @Test
  void anotherMasterKeyCannotOpenAndTamperingIsDetected() {
    String sealed = masterKey.seal(new byte[] {42}, "k");
    assertThrows(IllegalStateException.class, () -> MasterKey.of(randomKey()).unseal(sealed, "k"));
    char last = sealed.charAt(sealed.length() - 1);
    String tampered = sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThrows(IllegalStateException.class, () -> masterKey.unseal(tampered, "k"));
  }

  @Test
  void refusesKeysThatAreNotAes256() {
    assertThrows(IllegalStateException.class, () -> MasterKey.of(new byte[16]));
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
