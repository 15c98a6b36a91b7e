package org.portcullis.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portcullis.it.Http;

/**
 * Proves that the EAR ({@code portcullis.ear}) deploys on Payara Server 6 full profile and serves
 * the platform there as the Payara Micro jar does: it becomes ready; tenant system publishes its
 * discovery document; the bootstrap admin client gets an ES256 access token with the client
 * credentials grant, which verifies against the published JWKS and carries the contract's claims; a
 * wrong client secret is refused with invalid_client; and the console answers at /console/.
 *
 * <p>The server is scripted with asadmin, since the Arquillian adapter for Payara Server is not on
 * Maven Central: a fresh domain per run with every listener on loopback, started with the
 * platform's variables in its environment on an empty data folder, the EAR deployed, and the domain
 * stopped at the end whatever happened.
 */
class EarOnPayaraServerIT {

  private static final String CLIENT_ID = "bootstrap-admin";
  private static final String ADMIN_SCOPE = "platform:admin";
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

  private static PayaraServerDomain domain;
  private static String adminSecret;

  @BeforeAll
  static void deployEarOnFreshDomain() throws IOException, InterruptedException {
    Path work = Path.of(requiredProperty("portcullis.it.workDir"));
    Files.createDirectories(work);
    Asadmin asadmin =
        new Asadmin(
            Path.of(requiredProperty("portcullis.it.payaraServerHome")),
            work.resolve("payara-server-asadmin.log"));
    domain =
        PayaraServerDomain.createFresh(
            asadmin,
            work.resolve("payara-domains"),
            Integer.parseInt(requiredProperty("portcullis.it.payaraServerPortbase")));
    adminSecret = "it-" + UUID.randomUUID();
    domain.start(platformEnvironment(freshDirectory(work.resolve("payara-server-data"))));
    domain.deploy(Path.of(requiredProperty("portcullis.it.ear")), "portcullis");
    awaitReady();
  }

  @AfterAll
  static void stopDomain() {
    if (domain != null) {
      domain.stop();
    }
  }

  @Test
  void readinessIsUp() {
    HttpResponse<String> response = Http.get(domain.base().resolve("/health/ready"));

    assertEquals(200, response.statusCode(), () -> explain(response));
    assertEquals("UP", Http.json(response).get("status"), () -> explain(response));
  }

  @Test
  void discoveryOfSystemNamesEndpointsUnderItsIssuer() {
    Map<String, Object> discovery = discovery();

    assertEquals(issuer(), discovery.get("issuer"));
    assertTrue(string(discovery, "token_endpoint").startsWith(issuer() + "/"), discovery::toString);
    assertTrue(string(discovery, "jwks_uri").startsWith(issuer() + "/"), discovery::toString);
  }

  @Test
  void tokenResponseIsNotCachedAndGrantsTheAdminScope() {
    HttpResponse<String> response = requestToken(adminSecret);

    assertEquals(200, response.statusCode(), () -> explain(response));
    assertTrue(cacheControl(response).contains("no-store"), () -> explain(response));
    Map<String, Object> body = Http.json(response);
    assertTrue("Bearer".equalsIgnoreCase(string(body, "token_type")), body::toString);
    assertEquals(ADMIN_SCOPE, body.get("scope"));
  }

  @Test
  void accessTokenIsAnEs256JwtThatVerifiesAgainstTheJwks() throws Exception {
    SignedJWT token = adminToken();

    assertEquals(JOSEObjectType.JWT, token.getHeader().getType());
    assertEquals(JWSAlgorithm.ES256, token.getHeader().getAlgorithm());
    JWK key = publishedKeys().getKeyByKeyId(token.getHeader().getKeyID());
    assertNotNull(key, () -> "No key " + token.getHeader().getKeyID() + " in the JWKS");
    assertTrue(token.verify(new ECDSAVerifier(key.toECKey())), "signature does not verify");
  }

  @Test
  void accessTokenCarriesTheBootstrapClientsClaims() throws ParseException {
    JWTClaimsSet claims = adminToken().getJWTClaimsSet();

    assertEquals(issuer(), claims.getIssuer());
    assertEquals(CLIENT_ID, claims.getSubject());
    assertEquals(List.of(issuer()), claims.getAudience());
    assertEquals(CLIENT_ID, claims.getStringClaim("client_id"));
    assertEquals(CLIENT_ID, claims.getStringClaim("upn"));
    assertEquals(ADMIN_SCOPE, claims.getStringClaim("scope"));
    assertEquals(List.of("platform-admin"), claims.getStringListClaim("groups"));
    assertTrue(claims.getExpirationTime().after(new Date()), "already expired");
    assertNotNull(claims.getIssueTime(), "iat");
    assertNotNull(claims.getJWTID(), "jti");
  }

  @Test
  void wrongClientSecretIsInvalidClient() {
    HttpResponse<String> response = requestToken(adminSecret + "-wrong");

    assertEquals(401, response.statusCode(), () -> explain(response));
    assertEquals("invalid_client", Http.json(response).get("error"), () -> explain(response));
    // RFC 6749 §5.2: a client that authenticated with the Authorization header is challenged.
    assertTrue(
        response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
        () -> explain(response));
  }

  @Test
  void consoleAnswers() {
    HttpResponse<String> response = Http.get(domain.base().resolve("/console/"));

    assertEquals(200, response.statusCode(), () -> explain(response));
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        () -> explain(response));
    assertTrue(response.body().contains("Portcullis"), () -> explain(response));
  }

  private static String issuer() {
    return domain.base() + "/t/system";
  }

  private static Map<String, Object> discovery() {
    HttpResponse<String> response =
        Http.get(URI.create(issuer() + "/.well-known/openid-configuration"));
    assertEquals(200, response.statusCode(), () -> explain(response));
    return Http.json(response);
  }

  /** Contract: endpoints are found through discovery, never guessed. */
  private static HttpResponse<String> requestToken(String secret) {
    return Http.postForm(
        URI.create(string(discovery(), "token_endpoint")),
        Http.form("grant_type", "client_credentials"),
        "Authorization",
        Http.basic(CLIENT_ID, secret));
  }

  private static SignedJWT adminToken() throws ParseException {
    HttpResponse<String> response = requestToken(adminSecret);
    assertEquals(200, response.statusCode(), () -> explain(response));
    return SignedJWT.parse(string(Http.json(response), "access_token"));
  }

  private static JWKSet publishedKeys() throws ParseException {
    HttpResponse<String> response = Http.get(URI.create(string(discovery(), "jwks_uri")));
    assertEquals(200, response.statusCode(), () -> explain(response));
    return JWKSet.parse(response.body());
  }

  private static List<String> cacheControl(HttpResponse<String> response) {
    return response.headers().allValues("Cache-Control").stream()
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::strip)
        .toList();
  }

  private static String string(Map<String, Object> json, String member) {
    Object value = json.get(member);
    assertTrue(value instanceof String, () -> member + " is not a string in " + json);
    return (String) value;
  }

  /** A failure message with the answer and where the server's side of the story is. */
  private static String explain(HttpResponse<String> response) {
    return response.request().method()
        + " "
        + response.request().uri()
        + " answered "
        + response.statusCode()
        + " "
        + response.headers().map()
        + "\n"
        + response.body()
        + "\nserver log: "
        + domain.serverLog();
  }

  private static Map<String, String> platformEnvironment(Path dataDir) {
    return Map.of(
        "PORTCULLIS_DATA_DIR",
        dataDir.toString(),
        "PORTCULLIS_BOOTSTRAP_ADMIN_CLIENT_SECRET",
        adminSecret,
        // Given, so that no generated password is printed into server.log.
        "PORTCULLIS_BOOTSTRAP_ADMIN_PASSWORD",
        "it-bootstrap-" + UUID.randomUUID());
  }

  /** Polls /health/ready until it answers 200; deploy returning does not mean ready to serve. */
  private static void awaitReady() throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(domain.base().resolve("/health/ready"))
            .timeout(Duration.ofSeconds(10))
            .build();
    Instant started = Instant.now();
    Instant deadline = started.plus(READY_TIMEOUT);
    int last = -1;
    while (Instant.now().isBefore(deadline)) {
      try {
        last = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (last == 200) {
          System.out.printf(
              "ready %d s after deploy%n", Duration.between(started, Instant.now()).toSeconds());
          return;
        }
      } catch (IOException notListening) {
        last = -1;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError(
        "/health/ready answered "
            + last
            + " after "
            + READY_TIMEOUT
            + "; see "
            + domain.serverLog());
  }

  private static Path freshDirectory(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    return Files.createDirectories(dir);
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set (failsafe passes it; see ear/pom.xml)");
    }
    return value;
  }
}
