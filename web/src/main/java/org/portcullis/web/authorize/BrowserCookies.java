package org.portcullis.web.authorize;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.portcullis.client.RedirectUri;
import org.portcullis.client.SecretHash;

/**
 * The cookies of the hosted pages, one pair per tenant (path {@code /t/{tenant}/}): the SSO session
 * ({@value #SESSION}) and the browser's binding secret ({@value #BROWSER}) that ties waiting
 * authorization requests to the browser that made them. Both are HttpOnly, SameSite=Lax, and Secure
 * unless the platform is reached over plain HTTP on a loopback host (development).
 */
final class BrowserCookies {

  static final String SESSION = "portcullis_session";
  static final String BROWSER = "portcullis_browser";

  private final HttpHeaders headers;
  private final UriInfo uri;
  private final String tenant;

  BrowserCookies(HttpHeaders headers, UriInfo uri, String tenant) {
    this.headers = headers;
    this.uri = uri;
    this.tenant = tenant;
  }

  /** The SSO cookie's value, or null. */
  String session() {
    return value(SESSION).orElse(null);
  }

  /** The browser's binding secret, or null when the browser has none yet. */
  String browser() {
    return value(BROWSER).orElse(null);
  }

  /** A new binding secret, for a browser that has none. */
  static String newBrowserSecret() {
    return SecretHash.generateSecret();
  }

  NewCookie sessionCookie(String value) {
    return cookie(SESSION, value, NewCookie.DEFAULT_MAX_AGE);
  }

  NewCookie browserCookie(String value) {
    return cookie(BROWSER, value, NewCookie.DEFAULT_MAX_AGE);
  }

  /** Removes the SSO cookie (logout). */
  NewCookie clearedSession() {
    return cookie(SESSION, "", 0);
  }

  private NewCookie cookie(String name, String value, int maxAge) {
    return new NewCookie.Builder(name)
        .value(value)
        .path("/t/" + tenant + "/")
        .maxAge(maxAge)
        .httpOnly(true)
        .secure(!isLoopbackHttp())
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }

  private Optional<String> value(String name) {
    Cookie cookie = headers.getCookies().get(name);
    return Optional.ofNullable(cookie).map(Cookie::getValue).filter(v -> !v.isEmpty());
  }

  private boolean isLoopbackHttp() {
    var base = uri.getBaseUri();
    return "http".equalsIgnoreCase(base.getScheme()) && RedirectUri.isLoopbackHost(base.getHost());
  }
}
