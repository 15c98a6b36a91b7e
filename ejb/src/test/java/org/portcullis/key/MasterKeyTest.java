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
    // Not the last character: in unpadded base64 it may carry only unused bits.
    int at = sealed.length() - 3;
    char flipped = sealed.charAt(at) == 'A' ? 'B' : 'A';
    String tampered = sealed.substring(0, at) + flipped + sealed.substring(at + 1);
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
