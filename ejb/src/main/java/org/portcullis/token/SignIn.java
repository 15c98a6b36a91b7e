package org.portcullis.token;

import java.time.Instant;
import java.util.List;

/**
 * How the user behind a grant signed in, as ID tokens tell it (OpenID Connect Core §2): the SSO
 * session ({@code sid}), when ({@code auth_time}), with which methods ({@code amr}, RFC 8176) and
 * at which level ({@code acr}).
 */
public record SignIn(String sessionId, Instant authTime, List<String> amr, String acr) {

  public SignIn {
    amr = List.copyOf(amr);
  }

  static String join(List<String> values) {
    return String.join(" ", values);
  }

  static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : List.of(joined.strip().split(" +"));
  }
}
