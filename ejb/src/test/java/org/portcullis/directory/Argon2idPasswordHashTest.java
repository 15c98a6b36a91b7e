package org.portcullis.directory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Argon2idPasswordHashTest {

  // Small parameters keep the test fast; the format and the checks do not depend on them.
  private final Argon2idPasswordHash hasher =
      new Argon2idPasswordHash(new Argon2Parameters(64, 1, 1));

  @Test
  void hashesArePhcStringsWithTheirParameters() {
    String hash = hasher.generate("correct horse".toCharArray());
    assertTrue(hash.startsWith("$argon2id$v=19$m=64,t=1,p=1$"), hash);
    assertNotEquals(hash, hasher.generate("correct horse".toCharArray()), "salted");
  }

  @Test
  void verifiesOnlyTheRightPassword() {
    String hash = hasher.generate("correct horse".toCharArray());
    assertTrue(hasher.verify("correct horse".toCharArray(), hash));
    assertFalse(hasher.verify("correct horsf".toCharArray(), hash));
    assertFalse(hasher.verify("correct horse".toCharArray(), "$2a$10$notargon"));
    assertFalse(hasher.verify("correct horse".toCharArray(), null));
  }

  @Test
  void hashesWithOtherParametersVerifyAndAskForARehash() {
    String old =
        new Argon2idPasswordHash(new Argon2Parameters(32, 1, 1)).generate("pw".toCharArray());
    assertTrue(hasher.verify("pw".toCharArray(), old));
    assertTrue(hasher.needsRehash(old));
    assertFalse(hasher.needsRehash(hasher.generate("pw".toCharArray())));
  }

  @Test
  void defaultsAreOwaspsMinimum() {
    String hash = new Argon2idPasswordHash().generate("pw".toCharArray());
    assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
  }
}
