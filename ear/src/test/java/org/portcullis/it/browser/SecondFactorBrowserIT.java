package org.portcullis.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.portcullis.it.oidc.OidcTenant;
import org.portcullis.it.oidc.RelyingPartyServer;

/**
 * A user sets up an authenticator app (TOTP) and recovery codes on the console's account page, then
 * signs in with a code computed from the enrolled secret (amr otp, mfa; acr 2), and with a recovery
 * code that works once.
 */
@BrowserTest
class SecondFactorBrowserIT {

  private static OidcTenant op;
  private static RelyingPartyServer rp;
  private static OidcTenant.Client app;
  private static String grace;

  @BeforeAll
  static void tenant() {
    op = new OidcTenant("mfa-");
    grace = op.user("grace");
    rp = new RelyingPartyServer();
    app = op.client(rp.redirectUri().toString(), "client_secret_basic", "\"first_party\":true");
  }

  @AfterAll
  static void stop() {
    rp.close();
  }

  @Test
  void enrollAnAuthenticatorAndRecoveryCodesThenSignInWithEach(Browser browser) throws Exception {
    browser.open("/console/account.xhtml?tenant=" + op.tenant);
    password(browser);
    browser.waitForVisible(By.id("factors:startTotp")).click();
    String secret = browser.waitForVisible(By.id("factors:totpSecret")).getText();
    browser.screenshot("totp-enrollment");
    browser.driver().findElement(By.id("factors:code")).sendKeys(totp(secret, Instant.now()));
    browser.driver().findElement(By.id("factors:confirmTotp")).click();
    new WebDriverWait(browser.driver(), Browser.WAIT)
        .until(
            ExpectedConditions.textToBe(
                By.id("factors:totpStatus"), "On: sign-in asks for a code from your app."));

    browser.driver().findElement(By.id("factors:generateCodes")).click();
    browser.waitForVisible(By.id("factors:newCodes"));
    List<String> codes =
        browser.driver().findElements(By.cssSelector(".recovery-code")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(10, codes.size());
    browser.screenshot("recovery-codes");

    // A new browser session: the password, then the app's next code (this one was used).
    clearCookies(browser);
    var verifier = new CodeVerifier();
    browser.open(OidcTenant.request(op, app, "openid", verifier).build().toURI());
    password(browser);
    browser.waitForVisible(By.id("code")).sendKeys(totp(secret, Instant.now().plusSeconds(30)));
    browser.screenshot("second-factor");
    browser.driver().findElement(By.id("verify")).click();
    JWTClaimsSet id = idToken(browser, verifier);
    assertTrue(
        id.getStringListClaim("amr").containsAll(List.of("pwd", "otp", "mfa")), id.toString());
    assertEquals("2", id.getStringClaim("acr"));
    assertEquals(List.of(grace), targets("mfa.asked.enrolled", grace));
    assertEquals(List.of(grace), targets("mfa.passed.totp", grace));
    assertTrue(
        targets("session.started", grace).contains(grace + " amr=pwd,otp,mfa acr=2"),
        "the session's start says what the sign-in proved");

    // A recovery code works once.
    for (int attempt = 0; attempt < 2; attempt++) {
      clearCookies(browser);
      var next = new CodeVerifier();
      browser.open(OidcTenant.request(op, app, "openid", next).build().toURI());
      password(browser);
      browser.waitForVisible(By.id("code")).sendKeys(codes.get(0));
      browser.driver().findElement(By.id("verify")).click();
      if (attempt == 0) {
        assertTrue(idToken(browser, next).getStringListClaim("amr").contains("mfa"));
      } else {
        assertTrue(
            browser.waitForVisible(By.id("problem")).getText().contains("used before"),
            "a recovery code works once");
      }
    }
    assertEquals(List.of(grace), targets("mfa.passed.recovery", grace));
    assertEquals(List.of(grace), targets("mfa.failed.wrong-code", grace));
  }

  @Test
  void aClientAskingForAcr2OrAMaxAgeThatHasPassedAsksTheSecondFactorAgain(Browser browser)
      throws Exception {
    String hedy = op.user("hedy");
    // hedy enrolls recovery codes, then signs in with the password alone while MFA is off.
    browser.open("/console/account.xhtml?tenant=" + op.tenant);
    password(browser, "hedy");
    browser.waitForVisible(By.id("factors:generateCodes")).click();
    browser.waitForVisible(By.id("factors:newCodes"));
    List<String> codes =
        browser.driver().findElements(By.cssSelector(".recovery-code")).stream()
            .map(WebElement::getText)
            .toList();
    clearCookies(browser);
    policy("{\"mode\":\"OFF\"}");
    try {
      var verifier = new CodeVerifier();
      browser.open(OidcTenant.request(op, app, "openid", verifier).build().toURI());
      password(browser, "hedy");
      assertEquals("1", idToken(browser, verifier).getStringClaim("acr"));
    } finally {
      policy("{\"mode\":\"OPTIONAL\"}");
    }

    var stepUp = new CodeVerifier();
    browser.open(
        URI.create(
            OidcTenant.request(op, app, "openid", stepUp).build().toURI() + "&acr_values=2"));
    password(browser, "hedy");
    browser.waitForVisible(By.id("code")).sendKeys(codes.get(0));
    browser.driver().findElement(By.id("verify")).click();
    assertEquals("2", idToken(browser, stepUp).getStringClaim("acr"), "stepped up");
    assertEquals(List.of(hedy), targets("mfa.asked.step-up", hedy));

    // OpenID Connect Core §3.1.2.1: a max_age that has passed asks for a new sign-in.
    Thread.sleep(1_500);
    var tooOld = new CodeVerifier();
    browser.open(
        URI.create(OidcTenant.request(op, app, "openid", tooOld).build().toURI() + "&max_age=1"));
    password(browser, "hedy");
    browser.waitForVisible(By.id("code")).sendKeys(codes.get(1));
    browser.driver().findElement(By.id("verify")).click();
    assertEquals("2", idToken(browser, tooOld).getStringClaim("acr"));
    assertEquals(List.of(hedy), targets("mfa.asked.max-age", hedy));
    assertTrue(
        targets("session.reauthenticated", hedy).contains(hedy + " amr=pwd,mfa acr=2"),
        "a recovery code proves no amr of its own: " + targets("session.reauthenticated", hedy));
  }

  @Test
  void wrongSecondFactorCodesAreSlowedDownWithRetryAfter(Browser browser) {
    op.user("mallet");
    browser.open("/console/account.xhtml?tenant=" + op.tenant);
    password(browser, "mallet");
    browser.waitForVisible(By.id("factors:generateCodes")).click();
    browser.waitForVisible(By.id("factors:newCodes"));
    clearCookies(browser);

    browser.open(OidcTenant.request(op, app, "openid", new CodeVerifier()).build().toURI());
    password(browser, "mallet");
    for (int i = 0; i < org.portcullis.it.Platform.THROTTLE_FREE_FAILURES; i++) {
      browser.waitForVisible(By.id("code")).sendKeys("AAAA-AAAA-AAA" + i);
      browser.submit(By.id("verify"));
      assertTrue(browser.waitForVisible(By.id("problem")).getText().contains("wrong"), "try " + i);
    }
    browser.waitForVisible(By.id("code")).sendKeys("AAAA-AAAA-AAAZ");
    browser.submit(By.id("verify"));
    assertTrue(
        browser.waitForVisible(By.id("problem")).getText().contains("Too many failed attempts"),
        "the user must wait before the next code");
    browser.screenshot("second-factor-throttled");
    assertTrue(op.auditCount("ratelimit.throttled") >= 1);
  }

  /** The targets of the tenant's {@code action} events that are {@code userId}'s. */
  @SuppressWarnings("unchecked")
  private static List<String> targets(String action, String userId) {
    var page =
        org.portcullis.it.Http.get(
            URI.create(op.issuer + "/admin/audit?limit=200&action=" + action),
            "Authorization",
            "Bearer " + org.portcullis.it.Tokens.platformAdmin(op.platform));
    assertEquals(200, page.statusCode(), page.body());
    return ((List<java.util.Map<String, Object>>) org.portcullis.it.Http.json(page).get("items"))
        .stream()
            .map(e -> (String) e.get("target"))
            .filter(t -> t != null && t.startsWith(userId))
            .toList();
  }

  private static void policy(String json) {
    var changed =
        org.portcullis.it.Http.send(
            "PUT",
            URI.create(op.issuer + "/admin/mfa-policy"),
            "application/json",
            json,
            "Authorization",
            "Bearer " + org.portcullis.it.Tokens.platformAdmin(op.platform));
    assertEquals(200, changed.statusCode(), changed.body());
  }

  /** Every cookie of every site: WebDriver's own delete sees only the current page's path. */
  private static void clearCookies(Browser browser) {
    browser.clearCookies();
  }

  private static void password(Browser browser) {
    password(browser, "grace");
  }

  private static void password(Browser browser, String userName) {
    browser.signIn(userName, OidcTenant.PASSWORD);
  }

  private static JWTClaimsSet idToken(Browser browser, CodeVerifier verifier) throws Exception {
    return op.idTokenAfterSignIn(browser, rp, app, verifier);
  }

  /** The RFC 6238 code of {@code base32Secret} at {@code at}, as an authenticator app shows it. */
  static String totp(String base32Secret, Instant at) throws Exception {
    var generator = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6, "HmacSHA1");
    int code =
        generator.generateOneTimePassword(new SecretKeySpec(base32(base32Secret), "HmacSHA1"), at);
    return String.format("%06d", code);
  }

  private static byte[] base32(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
