package org.portcullis.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PkceTest {

  // Computed independently: BASE64URL(SHA256(ASCII(verifier))), RFC 7636 §4.2.
  private static final String VERIFIER = "dBjftJeZ4CVP-mJ92K9WpPxO8K52sUrq3VtwcLmGv1A";
  private static final String CHALLENGE = "9yAw5CnZ3Bnto3_CXLRLp6dbisYrmtyvNoH3q-_M5Eo";

  @Test
  void theS256ChallengeIsTheUnpaddedBase64UrlSha256OfTheVerifier() {
    assertEquals(CHALLENGE, Pkce.challengeOf(VERIFIER));
    assertTrue(Pkce.isChallenge(CHALLENGE));
  }

  @Test
  void onlyTheRightVerifierOfTheRightShapeVerifies() {
    assertTrue(Pkce.verifies(CHALLENGE, VERIFIER));
    assertFalse(Pkce.verifies(CHALLENGE, VERIFIER.replace('d', 'e')));
    assertFalse(Pkce.verifies(CHALLENGE, null));
    // RFC 7636 §4.1: 43 to 128 unreserved characters.
    assertFalse(Pkce.verifies(Pkce.challengeOf("short"), "short"));
    String tooLong = "a".repeat(129);
    assertFalse(Pkce.verifies(Pkce.challengeOf(tooLong), tooLong));
    String withSpace = "a".repeat(42) + " ";
    assertFalse(Pkce.verifies(Pkce.challengeOf(withSpace), withSpace));
  }

  @Test
  void aPlainChallengeIsNotAnS256One() {
    assertFalse(Pkce.isChallenge(VERIFIER + "x"), "44 characters");
    assertFalse(Pkce.isChallenge("a".repeat(42) + "="));
  }
}
