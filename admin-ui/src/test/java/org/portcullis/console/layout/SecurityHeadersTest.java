package org.portcullis.console.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void facesPagesGetPrimeFacesPolicyWithItsNonce() {
    assertTrue(SecurityHeaders.isFacesPage("/users.xhtml"));
    assertTrue(SecurityHeaders.isFacesPage("/"));
    assertTrue(SecurityHeaders.isFacesPage(""));
  }

  @Test
  void everythingElseGetsThePolicyWithoutScripts() {
    assertFalse(SecurityHeaders.isFacesPage("/callback"));
    assertFalse(SecurityHeaders.isFacesPage("/audit/export"));
    assertFalse(SecurityHeaders.isFacesPage("/jakarta.faces.resource/core.js.xhtml"));
    assertTrue(SecurityHeaders.STRICT.contains("default-src 'none'"));
    assertTrue(SecurityHeaders.STRICT.contains("frame-ancestors 'none'"));
  }
}
