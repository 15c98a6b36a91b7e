package org.portcullis.web.token;

import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.portcullis.client.ClientAssertions;
import org.portcullis.client.PresentedCredentials;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;

/**
 * Reads how a client authenticates at the token endpoint: {@code client_secret_basic} (RFC 6749
 * §2.3.1, id and secret form-urlencoded, then base64 in the Authorization header) or {@code
 * client_secret_post} (both in the body), {@code private_key_jwt} (RFC 7523 §2.2, a signed
 * assertion in the body), or a public client's bare {@code client_id} ({@code none}). A client uses
 * exactly one method.
 */
final class ClientAuthenticationReader {

  private static final String BASIC = "Basic ";

  private ClientAuthenticationReader() {}

  static PresentedCredentials read(String authorization, MultivaluedMap<String, String> form) {
    if (form.containsKey("client_assertion") || form.containsKey("client_assertion_type")) {
      return assertion(authorization, form);
    }
    boolean inBody = form.containsKey("client_secret");
    if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      if (inBody) {
        throw new OAuthException(
            OAuthError.INVALID_REQUEST, "Use one client authentication method, not two");
      }
      return fromBasic(authorization.substring(BASIC.length()).strip());
    }
    if (inBody) {
      return new PresentedCredentials(single(form, "client_id"), single(form, "client_secret"));
    }
    if (form.containsKey("client_id")) {
      // RFC 6749 §3.2.1: a public client sends only its id.
      return new PresentedCredentials(single(form, "client_id"), null);
    }
    throw new OAuthException(OAuthError.INVALID_CLIENT, "Client authentication is required");
  }

  /** RFC 7523 §2.2: {@code private_key_jwt}, alone. */
  private static PresentedCredentials assertion(
      String authorization, MultivaluedMap<String, String> form) {
    if (authorization != null || form.containsKey("client_secret")) {
      throw new OAuthException(
          OAuthError.INVALID_REQUEST, "Use one client authentication method, not two");
    }
    if (!ClientAssertions.JWT_BEARER.equals(single(form, "client_assertion_type"))) {
      throw new OAuthException(OAuthError.INVALID_CLIENT, "Unsupported client_assertion_type");
    }
    String clientId = form.containsKey("client_id") ? single(form, "client_id") : null;
    return PresentedCredentials.assertion(clientId, single(form, "client_assertion"));
  }

  private static PresentedCredentials fromBasic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new OAuthException(OAuthError.INVALID_CLIENT, "Malformed Basic credentials");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw new OAuthException(OAuthError.INVALID_CLIENT, "Malformed Basic credentials");
    }
    return new PresentedCredentials(
        formDecode(decoded.substring(0, colon)), formDecode(decoded.substring(colon + 1)));
  }

  private static String formDecode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new OAuthException(OAuthError.INVALID_CLIENT, "Malformed Basic credentials");
    }
  }

  private static String single(MultivaluedMap<String, String> form, String name) {
    var values = form.get(name);
    if (values == null || values.size() != 1) {
      throw new OAuthException(OAuthError.INVALID_REQUEST, name + " must appear exactly once");
    }
    return values.get(0);
  }
}
