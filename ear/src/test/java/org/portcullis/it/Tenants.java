package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

/** Tenants of the platform under test, made through the admin API. */
public final class Tenants {

  private Tenants() {}

  /**
   * A new tenant, named {@code prefix} and a random suffix.
   *
   * @param bearer the {@code Authorization} value of a platform admin
   */
  public static String create(Platform platform, String bearer, String prefix) {
    String tenant = prefix + UUID.randomUUID().toString().substring(0, 8);
    var created =
        Http.postJson(
            platform.base().resolve("/admin/tenants"),
            "{\"id\":\"" + tenant + "\"}",
            "Authorization",
            bearer);
    assertEquals(201, created.statusCode(), created.body());
    return tenant;
  }
}
