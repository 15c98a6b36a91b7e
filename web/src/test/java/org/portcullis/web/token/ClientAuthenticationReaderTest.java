package org.portcullis.web.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;

class ClientAuthenticationReaderTest {

  private final MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();

  @Test
  void basicCredentialsAreFormDecodedRfc6749Section231() {
    String header =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("my%3Aclient:p%40ss+word".getBytes(StandardCharsets.UTF_8));
    var credentials = ClientAuthenticationReader.read(header, form);
    assertEquals("my:client", credentials.clientId());
    assertEquals("p@ss word", credentials.secret());
  }

  @Test
  void postCredentialsComeFromTheBody() {
    form.add("client_id", "app");
    form.add("client_secret", "s");
    var credentials = ClientAuthenticationReader.read(null, form);
    assertEquals("app", credentials.clientId());
    assertEquals("s", credentials.secret());
  }

  @Test
  void aPublicClientOnlyNamesItself() {
    form.add("client_id", "spa");
    var credentials = ClientAuthenticationReader.read(null, form);
    assertEquals("spa", credentials.clientId());
    assertEquals(null, credentials.secret());
  }

  @Test
  void twoMethodsAtOnceAreAnInvalidRequest() {
    form.add("client_id", "app");
    form.add("client_secret", "s");
    var refused =
        assertThrows(
            OAuthException.class, () -> ClientAuthenticationReader.read("Basic YXBwOnM=", form));
    assertEquals(OAuthError.INVALID_REQUEST, refused.error());
  }

  @Test
  void noOrMalformedCredentialsAreAnInvalidClient() {
    assertEquals(
        OAuthError.INVALID_CLIENT,
        assertThrows(OAuthException.class, () -> ClientAuthenticationReader.read(null, form))
            .error());
    assertEquals(
        OAuthError.INVALID_CLIENT,
        assertThrows(OAuthException.class, () -> ClientAuthenticationReader.read("Basic !!!", form))
            .error());
    assertEquals(
        OAuthError.INVALID_CLIENT,
        assertThrows(
                OAuthException.class,
                () ->
                    ClientAuthenticationReader.read(
                        "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes()), form))
            .error());
  }

  @Test
  void repeatedPostParametersAreAnInvalidRequest() {
    form.add("client_id", "app");
    form.add("client_id", "other");
    form.add("client_secret", "s");
    assertEquals(
        OAuthError.INVALID_REQUEST,
        assertThrows(OAuthException.class, () -> ClientAuthenticationReader.read(null, form))
            .error());
  }
}
