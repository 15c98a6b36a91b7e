package org.portcullis.it.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Prompt;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.portcullis.it.Http;
import org.portcullis.it.Platform;
import org.portcullis.it.PlatformProcess;
import org.portcullis.it.TestFiles;
import org.portcullis.it.Tokens;
import org.portcullis.it.browser.Browser;
import org.portcullis.it.browser.BrowserExtension;
import org.portcullis.it.oidc.OidcTenant;
import org.portcullis.it.oidc.RelyingPartyServer;
import org.portcullis.it.postgres.RoundRobinProxy.Exchange;

/**
 * Two platform nodes on one PostgreSQL behave as one: both run the built jar with {@code
 * --nocluster} (no data grid: whatever a later request needs lives in the database) and the same
 * {@code PORTCULLIS_PUBLIC_BASE_URL}, behind a {@link RoundRobinProxy} that sends each request to
 * the next node. In headless Chromium with a virtual authenticator, through the proxy, a user adds
 * a security key, signs in with it after the password and without one, and enrolls one during
 * sign-in; every WebAuthn ceremony of the hosted pages is begun on one node and finished on the
 * other (the proxy's log says so), an answer used on one node is refused on the other, and an SSO
 * session begun on one node signs in on the other.
 */
@Tag("browser")
class TwoNodesBrowserIT {

  private static final Path WORK =
      Path.of(System.getProperty("portcullis.it.workDir", "target/it")).toAbsolutePath();
  // The proxy listens on this port, the nodes on the next two.
  private static final int PORT = Integer.getInteger("portcullis.it.twoNodesPort", 18094);
  private static final int POSTGRES_PORT =
      Integer.getInteger("portcullis.it.twoNodesPgPort", 18194);

  /** The POSTs that finish a ceremony of the hosted pages (the page before them began it). */
  private static final Set<String> FINISHES =
      Set.of("/login/passkey", "/login/second-factor/key", "/login/enroll");

  private static ThrowawayPostgres postgres;
  private static RoundRobinProxy proxy;
  private static final List<PlatformProcess> nodes = new ArrayList<>();
  private static OidcTenant op;
  private static RelyingPartyServer rp;
  private static OidcTenant.Client app;

  @RegisterExtension
  static final BrowserExtension BROWSER = BrowserExtension.at(() -> proxy.base());

  @BeforeAll
  static void startTwoNodesOnOneDatabase() throws Exception {
    postgres = ThrowawayPostgres.start(WORK.resolve("two-nodes-pg"), POSTGRES_PORT);
    List<URI> addresses =
        List.of(
            URI.create("http://127.0.0.1:" + (PORT + 1)),
            URI.create("http://127.0.0.1:" + (PORT + 2)));
    proxy = RoundRobinProxy.start(PORT, addresses);
    String secret = "it-two-" + UUID.randomUUID();
    String password = "it-two-bootstrap-" + UUID.randomUUID();
    byte[] masterKey = new byte[32];
    new SecureRandom().nextBytes(masterKey);
    // Both at once, as an orchestrator would, on an empty database.
    List<CompletableFuture<PlatformProcess>> starting = new ArrayList<>();
    for (int node = 1; node <= addresses.size(); node++) {
      String name = "two-nodes-" + node;
      int port = addresses.get(node - 1).getPort();
      Path data = WORK.resolve(name + "-data");
      TestFiles.deleteTree(data);
      Map<String, String> env =
          Map.of(
              "PORTCULLIS_DB_URL", postgres.jdbcUrl(),
              "PORTCULLIS_DB_USER", ThrowawayPostgres.USER,
              "PORTCULLIS_DB_PASSWORD", postgres.password(),
              "PORTCULLIS_DATA_DIR", data.toString(),
              "PORTCULLIS_PUBLIC_BASE_URL", proxy.base().toString(),
              "PORTCULLIS_MASTER_KEY", Base64.getEncoder().encodeToString(masterKey),
              "PORTCULLIS_BOOTSTRAP_ADMIN_CLIENT_SECRET", secret,
              "PORTCULLIS_BOOTSTRAP_ADMIN_PASSWORD", password);
      starting.add(CompletableFuture.supplyAsync(() -> start(name, port, env)));
    }
    RuntimeException failed = null;
    for (CompletableFuture<PlatformProcess> node : starting) {
      try {
        nodes.add(node.join());
      } catch (CompletionException e) {
        failed = failed == null ? e : failed;
      }
    }
    if (failed != null) {
      throw failed; // AfterAll stops the node that did start
    }
    Platform platform = Platform.reachedAt(proxy.base(), secret, password);
    op = new OidcTenant(platform, "two-nodes-");
    rp = new RelyingPartyServer();
    app = op.client(rp.redirectUri().toString(), "client_secret_basic", "\"first_party\":true");
  }

  private static PlatformProcess start(String name, int port, Map<String, String> env) {
    try {
      return PlatformProcess.start(name, port, env);
    } catch (Exception e) {
      throw new CompletionException(e);
    }
  }

  @AfterAll
  static void stopEverything() throws Exception {
    if (proxy != null) {
      System.out.println("The proxy's log:" + describe(proxy.exchanges()));
    }
    try (ThrowawayPostgres database = postgres;
        RoundRobinProxy balancer = proxy) {
      if (rp != null) {
        rp.close();
      }
      nodes.forEach(PlatformProcess::close);
    }
  }

  /** Pages here behave as without passkey autofill (see SecurityKeyBrowserIT). */
  @BeforeEach
  void withoutPasskeyAutofill(Browser browser) {
    ((HasCdp) browser.driver())
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument",
            Map.of(
                "source",
                "if (window.PublicKeyCredential) { Object.defineProperty(PublicKeyCredential,"
                    + " 'isConditionalMediationAvailable', {value: () => Promise.resolve(false),"
                    + " configurable: true}); }"));
  }

  @Test
  void aKeyAddedOnTheAccountPageSignsInAcrossNodes(Browser browser) throws Exception {
    op.user("ada");
    browser.addVirtualAuthenticator();
    addKeyOnAccountPage(browser, "ada", "Desk key");
    int mark = proxy.exchanges().size();

    // After the password, the key.
    clearCookies(browser);
    var verifier = new CodeVerifier();
    browser.open(OidcTenant.request(op, app, "openid", verifier).build().toURI());
    password(browser, "ada");
    JWTClaimsSet second = idToken(browser, verifier);
    assertTrue(second.getStringListClaim("amr").containsAll(List.of("pwd", "hwk", "mfa")));

    // Without a password.
    clearCookies(browser);
    var passwordless = new CodeVerifier();
    browser.open(OidcTenant.request(op, app, "openid", passwordless).build().toURI());
    browser.waitForVisible(By.id("passkey-sign-in")).click();
    JWTClaimsSet withoutPassword = idToken(browser, passwordless);
    assertEquals(List.of("hwk", "mfa"), withoutPassword.getStringListClaim("amr"));
    assertEquals(second.getSubject(), withoutPassword.getSubject());

    List<Exchange> log = proxy.exchanges().subList(mark, proxy.exchanges().size());
    List<Exchange[]> ceremonies = ceremonies(log);
    assertEquals(2, ceremonies.size(), describe(log));
    ceremonies.forEach(c -> assertCrossed(c, log));
    assertTrue(servedBy(log, 0) && servedBy(log, 1), describe(log));
  }

  @Test
  void aKeyEnrolledDuringSignInIsRegisteredAcrossNodes(Browser browser) throws Exception {
    op.user("heidi", "keyholder");
    browser.addVirtualAuthenticator();
    mfaPolicy("{\"mode\":\"REQUIRED\",\"requiredRoles\":[\"keyholder\"]}");
    try {
      int mark = proxy.exchanges().size();
      var verifier = new CodeVerifier();
      clearCookies(browser);
      browser.open(OidcTenant.request(op, app, "openid", verifier).build().toURI());
      password(browser, "heidi");
      browser.waitForVisible(By.id("key-name")).sendKeys("Heidi's key");
      browser.driver().findElement(By.id("add-security-key")).click();
      JWTClaimsSet enrolled = idToken(browser, verifier);
      assertTrue(enrolled.getStringListClaim("amr").containsAll(List.of("pwd", "hwk", "mfa")));

      List<Exchange> log = proxy.exchanges().subList(mark, proxy.exchanges().size());
      List<Exchange[]> ceremonies = ceremonies(log);
      assertEquals(1, ceremonies.size(), describe(log));
      assertEquals("/t/" + op.tenant + "/login/enroll", ceremonies.get(0)[1].path());
      assertCrossed(ceremonies.get(0), log);
    } finally {
      mfaPolicy("{\"mode\":\"OPTIONAL\"}");
    }
  }

  @Test
  void aSessionBegunOnOneNodeSignsInOnTheOther(Browser browser) throws Exception {
    op.user("grace");
    clearCookies(browser);
    var verifier = new CodeVerifier();
    browser.open(OidcTenant.request(op, app, "openid", verifier).build().toURI());
    password(browser, "grace");
    JWTClaimsSet first = idToken(browser, verifier);
    Exchange signedIn = last("POST", "/t/" + op.tenant + "/login");

    // The SSO session cookie, on the other node: no page, straight back with a code.
    proxy.nextTo(1 - signedIn.node());
    var again = new CodeVerifier();
    browser.open(
        OidcTenant.request(op, app, "openid", again)
            .prompt(new Prompt(Prompt.Type.NONE))
            .build()
            .toURI());
    JWTClaimsSet second = idToken(browser, again);
    Exchange resumed = last("GET", "/t/" + op.tenant + "/authorize");
    assertNotEquals(signedIn.node(), resumed.node(), resumed.toString());
    assertEquals(first.getSubject(), second.getSubject());
    assertEquals(first.getStringClaim("sid"), second.getStringClaim("sid"));
  }

  @Test
  void anAnswerUsedOnOneNodeIsRefusedOnTheOther(Browser browser) throws Exception {
    op.user("carol");
    browser.addVirtualAuthenticator();
    addKeyOnAccountPage(browser, "carol", "Carol's key");
    clearCookies(browser);
    browser.open(OidcTenant.request(op, app, "openid", new CodeVerifier()).build().toURI());
    browser.waitForVisible(By.id("passkey-form"));
    String answer = assertion(browser);
    String ceremony =
        (String)
            browser.script(
                "return document.querySelector('#passkey-form input[name=ceremony]').value;");
    submit(browser, answer);
    new WebDriverWait(browser.driver(), Browser.WAIT)
        .until(ExpectedConditions.urlContains(rp.redirectUri().toString()));
    Exchange used = last("POST", "/t/" + op.tenant + "/login/passkey");
    long refusedBefore = op.auditCount("webauthn.refused");

    // A new sign-in page; the form carries the used ceremony and answer instead of its own.
    clearCookies(browser);
    browser.open(OidcTenant.request(op, app, "openid", new CodeVerifier()).build().toURI());
    browser.waitForVisible(By.id("passkey-form"));
    browser.script(
        "document.querySelector('#passkey-form input[name=ceremony]').value = arguments[0];",
        ceremony);
    proxy.nextTo(1 - used.node());
    submit(browser, answer);
    assertTrue(
        browser.waitForVisible(By.id("problem")).getText().contains("could not be verified"),
        "a replayed answer is refused");
    Exchange replayed = last("POST", "/t/" + op.tenant + "/login/passkey");
    assertNotEquals(used.node(), replayed.node(), "the replay went to the node that took it");
    assertEquals(303, used.status(), "signed in: " + used);
    assertTrue(op.auditCount("webauthn.refused") > refusedBefore);
  }

  /**
   * The ceremonies of hosted pages in {@code log}: each POST that finishes one, with the page that
   * began it (the last page the browser loaded before it).
   */
  private static List<Exchange[]> ceremonies(List<Exchange> log) {
    List<Exchange[]> ceremonies = new ArrayList<>();
    for (int i = 0; i < log.size(); i++) {
      Exchange finish = log.get(i);
      if ("POST".equals(finish.method()) && FINISHES.stream().anyMatch(finish.path()::endsWith)) {
        for (int j = i - 1; j >= 0; j--) {
          Exchange page = log.get(j);
          if ("GET".equals(page.method()) && page.status() == 200 && !isAsset(page)) {
            ceremonies.add(new Exchange[] {page, finish});
            break;
          }
        }
      }
    }
    return ceremonies;
  }

  private static boolean isAsset(Exchange exchange) {
    return exchange.path().startsWith("/assets/") || exchange.path().equals("/favicon.ico");
  }

  private static void assertCrossed(Exchange[] ceremony, List<Exchange> log) {
    assertNotEquals(
        ceremony[0].node(),
        ceremony[1].node(),
        () -> "begun and finished on one node: " + describe(log));
    assertTrue(ceremony[1].status() < 400, () -> "refused: " + describe(log));
  }

  private static boolean servedBy(List<Exchange> log, int node) {
    return log.stream().anyMatch(e -> e.node() == node);
  }

  /** The latest request of {@code method} to {@code path} that the proxy passed on. */
  private static Exchange last(String method, String path) {
    List<Exchange> log = proxy.exchanges();
    for (int i = log.size() - 1; i >= 0; i--) {
      if (log.get(i).method().equals(method) && log.get(i).path().equals(path)) {
        return log.get(i);
      }
    }
    throw new AssertionError("No " + method + " " + path + " in " + describe(log));
  }

  private static String describe(List<Exchange> log) {
    return "\n" + String.join("\n", log.stream().map(Exchange::toString).toList());
  }

  private static void mfaPolicy(String json) {
    var changed =
        Http.putJson(
            URI.create(op.issuer + "/admin/mfa-policy"),
            json,
            "Authorization",
            "Bearer " + Tokens.platformAdmin(op.platform));
    assertEquals(200, changed.statusCode(), changed.body());
  }

  /** Signs {@code user} in to the account page (console: one node) and adds a key. */
  private static void addKeyOnAccountPage(Browser browser, String user, String name) {
    clearCookies(browser);
    browser.open("/t/" + op.tenant + "/account");
    password(browser, user);
    browser.waitForVisible(By.id("keys:keyName")).sendKeys(name);
    browser.driver().findElement(By.id("keys:addKey")).click();
    browser.waitForText(By.id("keys:keyTable"), name);
  }

  /** An answer to the passkey form's challenge, not submitted. */
  private static String assertion(Browser browser) {
    Object answer =
        browser.asyncScript(
            "var done = arguments[arguments.length - 1];"
                + "var options = JSON.parse(document.getElementById('passkey-form')"
                + ".dataset.options);"
                + "navigator.credentials.get({publicKey:"
                + " PublicKeyCredential.parseRequestOptionsFromJSON(options.publicKey)})"
                + ".then(c => done(JSON.stringify(c.toJSON())), e => done('error ' + e));");
    assertFalse(String.valueOf(answer).startsWith("error"), String.valueOf(answer));
    return String.valueOf(answer);
  }

  private static void submit(Browser browser, String credential) {
    browser.script(
        "var form = document.getElementById('passkey-form');"
            + "form.querySelector('input[name=credential]').value = arguments[0];"
            + "form.submit();",
        credential);
  }

  private static void clearCookies(Browser browser) {
    browser.clearCookies();
  }

  private static void password(Browser browser, String userName) {
    browser.signIn(userName, OidcTenant.PASSWORD);
  }

  private static JWTClaimsSet idToken(Browser browser, CodeVerifier verifier) throws Exception {
    return op.idTokenAfterSignIn(browser, rp, app, verifier);
  }
}
