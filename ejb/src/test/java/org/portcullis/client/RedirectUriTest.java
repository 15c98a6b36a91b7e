package org.portcullis.client;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.portcullis.platform.OAuthError;

class RedirectUriTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://app.example/cb",
        "https://app.example:8443/cb?x=1",
        "http://127.0.0.1/cb",
        "http://127.0.0.1:51000/cb",
        "http://[::1]:8080/cb",
        "http://localhost:3000/callback"
      })
  void httpsAndLoopbackHttpMayBeRegistered(String uri) {
    assertDoesNotThrow(() -> new RedirectUri(uri));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://app.example/cb",
        "https://app.example/cb#frag",
        "https://app.example/cb#",
        "/relative/cb",
        "javascript:alert(1)",
        "data:text/html,hi",
        "https://user:pw@app.example/cb",
        "com.example.app:/cb",
        "https://app.example/c b",
        ""
      })
  void everythingElseIsInvalidRedirectUri(String uri) {
    InvalidClientMetadataException refused =
        assertThrows(InvalidClientMetadataException.class, () -> new RedirectUri(uri));
    assertEquals(OAuthError.INVALID_REDIRECT_URI, refused.error());
  }

  @Test
  void matchingIsExactButForTheLoopbackPort() {
    RedirectUri https = new RedirectUri("https://app.example/cb");
    assertTrue(https.matches("https://app.example/cb"));
    assertFalse(https.matches("https://app.example/cb/"));
    assertFalse(https.matches("https://APP.example/cb"));
    assertFalse(https.matches("https://app.example/cb?x=1"));
    assertFalse(https.matches("https://app.example:443/cb"));

    RedirectUri loopback = new RedirectUri("http://127.0.0.1:8080/cb");
    assertTrue(loopback.matches("http://127.0.0.1:51234/cb"));
    assertTrue(loopback.matches("http://127.0.0.1/cb"));
    assertFalse(loopback.matches("http://127.0.0.1:51234/other"));
    assertFalse(loopback.matches("http://localhost:51234/cb"), "another host is another URI");
    assertFalse(loopback.matches("http://127.0.0.1:51234/cb#x"));
    assertFalse(loopback.matches("https://127.0.0.1:51234/cb"));
  }
}
