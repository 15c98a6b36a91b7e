package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;
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

  /**
   * A client registered in {@code tenant} through dynamic registration (RFC 7591): its registration
   * response, with {@code client_id} and, for a confidential client, {@code client_secret}.
   *
   * @param bearer the {@code Authorization} value of an admin of the tenant (or a platform admin)
   */
  public static Map<String, Object> registerClient(
      Platform platform, String bearer, String tenant, String metadata) {
    var registered =
        Http.postJson(
            URI.create(platform.issuer(tenant) + "/register"), metadata, "Authorization", bearer);
    assertEquals(201, registered.statusCode(), registered.body());
    return Http.json(registered);
  }
}
