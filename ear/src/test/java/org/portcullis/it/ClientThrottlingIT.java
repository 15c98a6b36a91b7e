package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Brute-force protection of client authentication (issue 4 item 8) from outside: after a few wrong
 * secrets from one address, that client id at that address must wait (429, {@code Retry-After}),
 * even with the right secret, while the same client from another address and other clients are
 * unaffected; failures across addresses reach a higher ceiling that slows, never locks. The
 * platform under test runs with {@link Platform#THROTTLE_FREE_FAILURES} free failures per address,
 * waits of 2 to 4 s, and a ceiling of {@link Platform#THROTTLE_CEILING} across addresses.
 */
class ClientThrottlingIT {

  /** Another loopback address: Linux routes all of 127/8 to the loopback interface. */
  private static final String ELSEWHERE = "127.0.0.2";

  private final Platform platform = Platform.get();
  private final String platformAdmin = "Bearer " + Tokens.platformAdmin(platform);
  private String tenant;

  @BeforeEach
  void freshTenant() {
    tenant = Tenants.create(platform, platformAdmin, "thr-");
  }

  @Test
  void wrongSecretsSlowDownThatClientAtThatAddressOnly() throws Exception {
    String[] client = register();
    String[] bystander = register();
    for (int i = 0; i < Platform.THROTTLE_FREE_FAILURES; i++) {
      assertEquals(401, token(client[0], "wrong-" + i).statusCode());
    }
    var throttled = token(client[0], client[1]);
    assertEquals(429, throttled.statusCode(), "the right secret waits too");
    long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 2, "first wait: 2 s, got " + retryAfter);
    assertEquals("temporarily_unavailable", Http.json(throttled).get("error"));
    assertEquals("no-store", throttled.headers().firstValue("Cache-Control").orElse(""));

    assertEquals(200, tokenFrom(ELSEWHERE, client[0], client[1]), "another address is not slowed");
    assertEquals(200, token(bystander[0], bystander[1]).statusCode(), "another client neither");

    Thread.sleep(retryAfter * 1000 + 200);
    assertEquals(200, token(client[0], client[1]).statusCode(), "slowed, never locked");
    assertEquals(401, token(client[0], "wrong-again").statusCode(), "a success starts afresh");

    Map<String, Object> event = lastEvent("ratelimit.throttled");
    assertEquals("FAILURE", event.get("outcome"));
    assertEquals("client:" + client[0], event.get("target"));
    assertEquals("127.0.0.1", event.get("clientAddress"));
    Map<String, Object> failure = lastEvent("client.authentication.failed");
    assertEquals(client[0], failure.get("target"));
    assertEquals("anonymous", failure.get("actor"));
  }

  @Test
  void revocationAndIntrospectionCountTheSameFailures() {
    String[] client = register();
    for (int i = 0; i < Platform.THROTTLE_FREE_FAILURES; i++) {
      String endpoint = i % 2 == 0 ? "/introspect" : "/revoke";
      var refused =
          Http.postForm(
              URI.create(platform.issuer(tenant) + endpoint),
              Http.form("token", "x"),
              "Authorization",
              Http.basic(client[0], "wrong"));
      assertEquals(401, refused.statusCode(), endpoint);
    }
    for (String endpoint : List.of("/revoke", "/introspect", "/token")) {
      var throttled =
          Http.postForm(
              URI.create(platform.issuer(tenant) + endpoint),
              Http.form("token", "x", "grant_type", "client_credentials"),
              "Authorization",
              Http.basic(client[0], client[1]));
      assertEquals(429, throttled.statusCode(), endpoint);
      assertTrue(throttled.headers().firstValue("Retry-After").isPresent(), endpoint);
    }
  }

  @Test
  void failuresFromManyAddressesReachACeilingThatSlowsButDoesNotLock() throws Exception {
    String[] client = register();
    int fromHere = Platform.THROTTLE_FREE_FAILURES;
    for (int i = 0; i < fromHere; i++) {
      assertEquals(401, token(client[0], "wrong").statusCode());
    }
    for (int i = fromHere; i < Platform.THROTTLE_CEILING; i++) {
      assertEquals(401, tokenFrom(ELSEWHERE, client[0], "wrong"));
    }
    // A third address has never failed, yet the client id is slowed everywhere for a moment.
    assertEquals(429, tokenFrom("127.0.0.3", client[0], client[1]));
    Thread.sleep(2_200);
    assertEquals(200, tokenFrom("127.0.0.3", client[0], client[1]), "the ceiling never locks");
  }

  private HttpResponse<String> token(String clientId, String secret) {
    return Http.postForm(
        URI.create(platform.issuer(tenant) + "/token"),
        Http.form("grant_type", "client_credentials"),
        "Authorization",
        Http.basic(clientId, secret));
  }

  /**
   * The status of a token request sent from another local address. The JDK 17 HttpClient cannot
   * choose its source address, so this speaks HTTP/1.1 over a socket bound to it.
   */
  private int tokenFrom(String localAddress, String clientId, String secret) {
    URI uri = URI.create(platform.issuer(tenant) + "/token");
    byte[] body = "grant_type=client_credentials".getBytes(StandardCharsets.US_ASCII);
    String head =
        "POST "
            + uri.getRawPath()
            + " HTTP/1.1\r\nHost: "
            + uri.getHost()
            + ":"
            + uri.getPort()
            + "\r\nAuthorization: "
            + Http.basic(clientId, secret)
            + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      assertTrue(response.startsWith("HTTP/1.1 "), response);
      return Integer.parseInt(response.substring(9, 12));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Object> lastEvent(String action) {
    var page =
        Http.get(
            URI.create(
                platform.issuer(tenant)
                    + "/admin/audit?limit=1&action="
                    + URLEncoder.encode(action, StandardCharsets.UTF_8)),
            "Authorization",
            platformAdmin);
    assertEquals(200, page.statusCode(), page.body());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items = (List<Map<String, Object>>) Http.json(page).get("items");
    assertFalse(items.isEmpty(), "no " + action + " event");
    return items.get(0);
  }

  /** A confidential client_credentials client of the tenant: its id and secret. */
  private String[] register() {
    Map<String, Object> client =
        Tenants.registerClient(
            platform,
            platformAdmin,
            tenant,
            "{\"grant_types\":[\"client_credentials\"],\"scope\":\"api\"}");
    return new String[] {(String) client.get("client_id"), (String) client.get("client_secret")};
  }
}
