package org.portcullis.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void aRehashIsDueWhenAnyOneParameterDiffers() {
    // The decision reads the PHC string's m, t and p; the salt and hash do not matter.
    String tail = "$c29tZXNhbHRzb21lc2FsdA$" + "A".repeat(43);
    assertFalse(hasher.needsRehash("$argon2id$v=19$m=64,t=1,p=1" + tail));
    assertTrue(hasher.needsRehash("$argon2id$v=19$m=128,t=1,p=1" + tail), "memory");
    assertTrue(hasher.needsRehash("$argon2id$v=19$m=64,t=2,p=1" + tail), "iterations");
    assertTrue(hasher.needsRehash("$argon2id$v=19$m=64,t=1,p=2" + tail), "parallelism");
    assertTrue(
        new Argon2idPasswordHash(Argon2Parameters.OWASP)
            .needsRehash("$argon2id$v=19$m=64,t=1,p=1" + tail),
        "raised to OWASP's minimum");
  }

  @Test
  void whatIsNoArgon2idPhcStringIsDueForARehash() {
    assertTrue(hasher.needsRehash("$argon2i$v=19$m=64,t=1,p=1$c29tZXNhbHQ$" + "A".repeat(43)));
    assertTrue(hasher.needsRehash("$argon2id$v=16$m=64,t=1,p=1$c29tZXNhbHQ$" + "A".repeat(43)));
    assertTrue(hasher.needsRehash("$2a$10$notargon"));
    assertTrue(hasher.needsRehash(null));
  }

  @Test
  void theDecoyMatchesNoPasswordAndIsReusable() {
    char[] password = "correct horse".toCharArray();
    assertFalse(hasher.verifyDecoy(password), "first call makes the decoy");
    assertFalse(hasher.verifyDecoy(password), "later calls verify against it");
    assertFalse(hasher.verifyDecoy(new char[0]));
  }

  @Test
  void theDecoyCostsAboutWhatAVerificationCosts() {
    // Parameters large enough that Argon2id dominates; the minimum of several runs is robust to
    // a busy machine, which only ever makes a run slower.
    var slow = new Argon2idPasswordHash(new Argon2Parameters(4096, 3, 1));
    String hash = slow.generate("correct horse".toCharArray());
    slow.verifyDecoy("warm-up".toCharArray());
    long verify = Long.MAX_VALUE;
    long decoy = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t0 = System.nanoTime();
      slow.verify("wrong horse".toCharArray(), hash);
      long t1 = System.nanoTime();
      slow.verifyDecoy("wrong horse".toCharArray());
      long t2 = System.nanoTime();
      verify = Math.min(verify, t1 - t0);
      decoy = Math.min(decoy, t2 - t1);
    }
    assertTrue(decoy > verify / 3, "decoy " + decoy + " ns, verification " + verify + " ns");
  }

  @Test
  void theConfiguredParametersAreExposed() {
    assertEquals(new Argon2Parameters(64, 1, 1), hasher.parameters());
    assertEquals(Argon2Parameters.OWASP, new Argon2idPasswordHash().parameters());
  }

  @Test
  void defaultsAreOwaspsMinimum() {
    String hash = new Argon2idPasswordHash().generate("pw".toCharArray());
    assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
  }
}
