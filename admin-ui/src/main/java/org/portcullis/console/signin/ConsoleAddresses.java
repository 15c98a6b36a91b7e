package org.portcullis.console.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.portcullis.client.RedirectUri;

/**
 * Where the console is reached, for the addresses it registers with its client: {@code
 * PORTCULLIS_PUBLIC_BASE_URL} when set, otherwise the request's own origin only when that is a
 * loopback host (development). Any other Host header is not trusted: a registered callback is where
 * a tenant sends codes.
 */
public final class ConsoleAddresses {

  private final String base;

  private ConsoleAddresses(String base) {
    this.base = base;
  }

  /** The addresses, or empty when the console cannot know them safely. */
  public static Optional<ConsoleAddresses> of(
      HttpServletRequest request, Optional<String> configured) {
    Optional<String> fromConfig =
        configured
            .filter(s -> !s.isBlank())
            .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    if (fromConfig.isPresent()) {
      return Optional.of(new ConsoleAddresses(fromConfig.get()));
    }
    String host = request.getServerName().toLowerCase(Locale.ROOT);
    if (!"http".equals(request.getScheme()) || !RedirectUri.isLoopbackHost(host)) {
      return Optional.empty();
    }
    String authority = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return Optional.of(new ConsoleAddresses("http://" + authority + ":" + request.getServerPort()));
  }

  /** The platform's base URL, such as {@code https://login.example.com}. */
  public String base() {
    return base;
  }

  public String issuer(String tenant) {
    return base + "/t/" + tenant;
  }

  String callback() {
    return base + "/console/callback";
  }

  String signedOut() {
    return base + "/console/";
  }

  URI resolve(String pathAndQuery) {
    return URI.create(base + pathAndQuery);
  }
}
