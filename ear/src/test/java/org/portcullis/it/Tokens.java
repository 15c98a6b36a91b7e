package org.portcullis.it;

import java.net.URI;

/** Access tokens from the platform under test. */
public final class Tokens {

  private Tokens() {}

  /** A token of tenant system for the bootstrap admin client (scope platform:admin). */
  public static String platformAdmin(Platform platform) {
    var response =
        Http.postForm(
            URI.create(platform.issuer("system") + "/token"),
            Http.form("grant_type", "client_credentials"),
            "Authorization",
            Http.basic(Platform.ADMIN_CLIENT_ID, platform.adminClientSecret()));
    if (response.statusCode() != 200) {
      throw new AssertionError("No admin token: " + response.statusCode() + " " + response.body());
    }
    return (String) Http.json(response).get("access_token");
  }
}
