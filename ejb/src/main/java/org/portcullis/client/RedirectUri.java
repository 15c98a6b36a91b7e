package org.portcullis.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A redirect URI a client may register (contract, "Redirect URIs"; RFC 9700 §2.1, RFC 8252 §7.3):
 * absolute, without fragment, {@code https}, or {@code http} on a loopback host only. A presented
 * URI matches by exact string comparison, except that for a loopback URI the port may differ (a
 * native app listens on whatever port it got).
 */
public record RedirectUri(String value) {

  public static final int MAX_LENGTH = 2000;

  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]", "localhost");

  /**
   * @throws InvalidClientMetadataException {@code invalid_redirect_uri} when the URI may not be
   *     registered
   */
  public RedirectUri {
    Objects.requireNonNull(value, "value");
    URI uri = parse(value);
    if (uri.getRawFragment() != null || value.contains("#")) {
      throw InvalidClientMetadataException.redirectUri("A redirect URI has no fragment");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    boolean https = scheme.equals("https");
    boolean loopbackHttp = scheme.equals("http") && isLoopback(uri);
    if (!https && !loopbackHttp) {
      throw InvalidClientMetadataException.redirectUri(
          "A redirect URI is https, or http on a loopback host");
    }
    if (uri.getRawUserInfo() != null) {
      throw InvalidClientMetadataException.redirectUri("A redirect URI has no user info");
    }
  }

  /**
   * Whether {@code presented} is this URI: the same string, or the same but for a loopback port.
   */
  public boolean matches(String presented) {
    if (value.equals(presented)) {
      return true;
    }
    if (presented == null || !isLoopback(URI.create(value))) {
      return false;
    }
    try {
      URI registered = new URI(value);
      URI candidate = new URI(presented);
      return isLoopback(candidate)
          && registered.getScheme().equals(candidate.getScheme())
          && registered.getHost().equals(candidate.getHost())
          && Objects.equals(registered.getRawPath(), candidate.getRawPath())
          && Objects.equals(registered.getRawQuery(), candidate.getRawQuery())
          && candidate.getRawFragment() == null
          && candidate.getRawUserInfo() == null;
    } catch (URISyntaxException malformed) {
      return false;
    }
  }

  private static boolean isLoopback(URI uri) {
    return isLoopbackHost(uri.getHost()) && "http".equalsIgnoreCase(uri.getScheme());
  }

  /**
   * Whether {@code host} names this machine's loopback interface: {@code 127.0.0.1}, {@code
   * localhost} or {@code ::1} (with or without brackets). The one definition every loopback rule of
   * the platform uses (redirect URIs, cookies, the console's own addresses).
   */
  public static boolean isLoopbackHost(String host) {
    if (host == null) {
      return false;
    }
    String lower = host.toLowerCase(Locale.ROOT);
    // URI.getHost() brackets an IPv6 literal, a servlet's getServerName() may not.
    String bracketed = lower.contains(":") && !lower.startsWith("[") ? "[" + lower + "]" : lower;
    return LOOPBACK.contains(bracketed);
  }

  private static URI parse(String value) {
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw InvalidClientMetadataException.redirectUri("A redirect URI is 1 to 2000 characters");
    }
    try {
      URI uri = new URI(value);
      if (!uri.isAbsolute() || uri.getHost() == null) {
        throw InvalidClientMetadataException.redirectUri("A redirect URI is an absolute URL");
      }
      return uri;
    } catch (URISyntaxException malformed) {
      throw InvalidClientMetadataException.redirectUri("A redirect URI is a valid URI");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
