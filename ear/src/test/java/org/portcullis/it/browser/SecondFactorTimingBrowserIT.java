package org.portcullis.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Prompt;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.portcullis.it.oidc.OidcTenant;
import org.portcullis.it.oidc.RelyingPartyServer;

/**
 * What five minutes change, shown with one real wait (a running platform's clock cannot be moved):
 * a WebAuthn challenge older than five minutes is refused (issue 5: challenges expire after 5
 * minutes), so is a second factor given more than five minutes after the password, and on the
 * account page adding or removing a second factor needs a sign-in less than five minutes old, until
 * the user signs in again. Each refusal is readable, loses nothing and is audited. The pages are
 * prepared in three tabs of one browser before the wait, so that the build waits once.
 */
@BrowserTest
class SecondFactorTimingBrowserIT {

  /** Ceremony.LIFETIME and the account pages' recent sign-in, with a margin. */
  private static final Duration PAST_FIVE_MINUTES = Duration.ofMinutes(5).plusSeconds(5);

  private static OidcTenant op;
  private static RelyingPartyServer rp;
  private static OidcTenant.Client app;

  @BeforeAll
  static void tenant() {
    op = new OidcTenant("timing-");
    rp = new RelyingPartyServer();
    app = op.client(rp.redirectUri().toString(), "client_secret_basic", "\"first_party\":true");
  }

  @AfterAll
  static void stop() {
    rp.close();
  }

  @Test
  void aChallengeOrASignInOlderThanFiveMinutesIsRefusedUntilTheUserSignsInAgain(Browser browser)
      throws Exception {
    op.user("olga");
    ChromeDriver driver = (ChromeDriver) browser.driver();
    withoutPasskeyAutofill(driver);
    VirtualAuthenticator authenticator = browser.addVirtualAuthenticator();

    // Tab 1: the account page, signed in now, with one key.
    String accountTab = driver.getWindowHandle();
    browser.openOnLocalhost("/t/" + op.tenant + "/account");
    password(browser, "olga");
    browser.waitForVisible(By.id("keys:keyName")).sendKeys("Desk key");
    driver.findElement(By.id("keys:addKey")).click();
    browser.waitForText(By.id("keys:keyTable"), "Desk key");
    Credential desk = authenticator.getCredentials().get(0);
    driver.findElement(By.id("factors:generateCodes")).click();
    browser.waitForVisible(By.id("factors:newCodes"));
    String recoveryCode = driver.findElement(By.cssSelector(".recovery-code")).getText();

    // Tab 2: a sign-in page whose passkey challenge stays unanswered. Virtual authenticators belong
    // to a tab: this one holds a copy of the key.
    driver.switchTo().newWindow(WindowType.TAB);
    String signInTab = driver.getWindowHandle();
    withoutPasskeyAutofill(driver);
    VirtualAuthenticator copy =
        driver.addVirtualAuthenticator(
            new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true));
    copy.addCredential(
        Credential.createResidentCredential(
            desk.getId(),
            desk.getRpId(),
            desk.getPrivateKey(),
            desk.getUserHandle(),
            desk.getSignCount()));
    var verifier = new CodeVerifier();
    browser.open(
        onLocalhost(
            OidcTenant.request(op, app, "openid", verifier)
                .prompt(new Prompt(Prompt.Type.LOGIN))
                .build()
                .toURI()));
    browser.waitForVisible(By.id("passkey-sign-in"));
    long keysRefused = op.auditCount("webauthn.refused");

    // Tab 3: the password given, the second factor (a choice: key or code) left for later.
    driver.switchTo().newWindow(WindowType.TAB);
    String secondFactorTab = driver.getWindowHandle();
    withoutPasskeyAutofill(driver);
    browser.open(
        onLocalhost(
            OidcTenant.request(op, app, "openid", new CodeVerifier())
                .prompt(new Prompt(Prompt.Type.LOGIN))
                .build()
                .toURI()));
    password(browser, "olga");
    browser.waitForVisible(By.id("code"));

    Thread.sleep(PAST_FIVE_MINUTES.toMillis());

    // The account page, left open: adding a key and removing one are refused, nothing changes.
    driver.switchTo().window(accountTab);
    driver.findElement(By.id("keys:keyName")).sendKeys("Travel key");
    driver.findElement(By.id("keys:addKey")).click();
    browser.waitForText(By.id("keys:messages"), "sign in again");
    WebElement refusedAdding = driver.findElement(By.id("keys:messages"));
    driver.findElement(By.id("keys:keyTable:0:removeKey")).click();
    browser.waitForVisible(By.id("factors:confirmYes")).click();
    new WebDriverWait(driver, Browser.WAIT).until(ExpectedConditions.stalenessOf(refusedAdding));
    browser.waitForText(By.id("keys:messages"), "sign in again");
    browser.screenshot("sign-in-too-old");
    browser.waitForText(By.id("keys:keyTable"), "Desk key");
    assertEquals("Travel key", driver.findElement(By.id("keys:keyName")).getAttribute("value"));
    assertEquals(1, authenticator.getCredentials().size(), "no key was created");
    assertEquals(2, op.auditCount("mfa.change.refused"));

    // Signing in again (password, then the key) lets both proceed: the key is replaced (one
    // authenticator cannot register twice for one user, so the old key goes first).
    browser.submit(By.id("factors:signInAgain"));
    password(browser, "olga");
    browser.waitForVisible(By.id("use-security-key")).click();
    browser.waitForVisible(By.id("keys:keyTable:0:removeKey")).click();
    browser.waitForVisible(By.id("factors:confirmYes")).click();
    browser.waitForText(By.id("keys:messages"), "The security key is removed.");
    browser.waitForText(By.id("keys:keyTable"), "No security keys yet.");
    browser.waitForVisible(By.id("keys:keyName")).sendKeys("Travel key");
    driver.findElement(By.id("keys:addKey")).click();
    browser.waitForText(By.id("keys:keyTable"), "Travel key");
    Credential travel =
        authenticator.getCredentials().stream()
            .filter(c -> !java.util.Arrays.equals(c.getId(), desk.getId()))
            .findFirst()
            .orElseThrow();
    assertEquals(2, op.auditCount("webauthn.registered"));
    assertEquals(1, op.auditCount("webauthn.removed"));
    assertEquals(1, op.auditCount("mfa.passed.webauthn"));

    // The sign-in page, left open: its challenge has expired. The refusal is readable and audited,
    // and the page's new challenge signs in.
    driver.switchTo().window(signInTab);
    browser.submit(By.id("passkey-sign-in"));
    assertTrue(
        browser.waitForVisible(By.id("problem")).getText().contains("could not be verified"),
        "an expired challenge is refused");
    browser.screenshot("expired-challenge");
    assertEquals(keysRefused + 1, op.auditCount("webauthn.refused"));
    copy.removeCredential(desk.getId());
    copy.addCredential(
        Credential.createResidentCredential(
            travel.getId(),
            travel.getRpId(),
            travel.getPrivateKey(),
            travel.getUserHandle(),
            travel.getSignCount()));
    browser.waitForVisible(By.id("passkey-sign-in")).click();
    JWTClaimsSet signedIn = idToken(browser, verifier);
    assertEquals(List.of("hwk", "mfa"), signedIn.getStringListClaim("amr"));
    driver.removeVirtualAuthenticator(copy);
    driver.close();

    // The second-factor page, left open: the code comes too late after the password. It is not
    // spent: the refusal comes before the code is checked.
    driver.switchTo().window(secondFactorTab);
    driver.findElement(By.id("code")).sendKeys(recoveryCode);
    browser.submit(By.id("verify"));
    assertTrue(
        browser.waitForVisible(By.id("problem")).getText().contains("took too long"),
        "a second factor more than five minutes after the password is refused");
    browser.screenshot("second-factor-too-late");
    assertEquals(1, op.auditCount("mfa.failed.expired"));
    assertEquals(0, op.auditCount("mfa.passed.recovery"));
    driver.close();
    driver.switchTo().window(accountTab);
  }

  /**
   * Chromium's virtual authenticator answers a conditional (autofill) request at once; the current
   * tab's sign-in pages must wait for the button instead (as in SecurityKeyBrowserIT).
   */
  private static void withoutPasskeyAutofill(ChromeDriver driver) {
    ((HasCdp) driver)
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument",
            Map.of(
                "source",
                "if (window.PublicKeyCredential) { Object.defineProperty(PublicKeyCredential,"
                    + " 'isConditionalMediationAvailable', {value: () => Promise.resolve(false),"
                    + " configurable: true}); }"));
  }

  private static URI onLocalhost(URI uri) {
    return URI.create(uri.toString().replace("//127.0.0.1:", "//localhost:"));
  }

  private static void password(Browser browser, String userName) {
    browser.signIn(userName, OidcTenant.PASSWORD);
  }

  private static JWTClaimsSet idToken(Browser browser, CodeVerifier verifier) throws Exception {
    return op.idTokenAfterSignIn(browser, rp, app, verifier);
  }
}
