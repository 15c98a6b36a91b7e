package org.portcullis.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.portcullis.it.Http;
import org.portcullis.it.Tokens;
import org.portcullis.it.oidc.OidcTenant;
import org.portcullis.it.oidc.RelyingPartyServer;

/**
 * The passkey inventory in the console, on {@code localhost} with a virtual authenticator: a tenant
 * admin sees each key's authenticator, attestation and backup flags on the user page and the
 * tenant's security keys page, filters that page to one user, and requires a new key from the user
 * page and from the inventory; each of those users must then enroll a key right after the password.
 */
@BrowserTest
class PasskeyConsoleBrowserIT {

  private static OidcTenant op;
  private static RelyingPartyServer rp;
  private static OidcTenant.Client app;

  @BeforeAll
  static void tenant() {
    op = new OidcTenant("pkc-");
    rp = new RelyingPartyServer();
    app = op.client(rp.redirectUri().toString(), "client_secret_basic", "\"first_party\":true");
  }

  @AfterAll
  static void stop() {
    rp.close();
  }

  /**
   * Chromium's virtual authenticator answers a conditional (autofill) request at once: the sign-in
   * pages here wait for a password instead, as in a browser without passkey autofill.
   */
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
  void anAdminSeesEachKeyFiltersByUserAndRequiresANewKeyWhichTheUserEnrollsAtSignIn(Browser browser)
      throws Exception {
    op.user("liv", "tenant-admin");
    op.user("nils");
    String otto = op.user("otto");
    browser.addVirtualAuthenticator();
    addKey(browser, "nils", "Nils key");
    addKey(browser, "otto", "Otto key");

    // The user page: each key with its authenticator as the metadata names it (the admin API's
    // answer: unknown unless a FIDO Metadata Service BLOB names it), attestation and backup flags;
    // "Require a new key" removes otto's keys.
    Map<String, Object> ottosKey = inventory(otto).get(0);
    String authenticator =
        ottosKey.get("authenticator") == null
            ? "Unknown authenticator (—)"
            : ottosKey.get("authenticator") + " (" + ottosKey.get("authenticatorStatus") + ")";
    clearCookies(browser);
    browser.openOnLocalhost("/console/user.xhtml?tenant=" + op.tenant + "&id=" + otto);
    password(browser, "liv");
    String details = browser.waitForVisible(By.cssSelector(".security-key-row")).getText();
    assertTrue(details.contains("Otto key"), details);
    assertTrue(details.contains("Authenticator " + authenticator + ", attestation NONE"), details);
    assertTrue(details.contains("Backup eligible: No, Backed up: No"), details);
    browser.screenshot("user-security-keys");
    browser.driver().findElement(By.id("user:requireNewSecurityKey")).click();
    browser.waitForVisible(By.id("user:confirmYes")).click();
    browser.waitForText(By.id("user:messages"), "otto must add a new security key");
    assertTrue(browser.driver().findElements(By.cssSelector(".security-key-row")).isEmpty());

    // The inventory: filtered to nils (a query by user), then "Require a new key" on nils's row.
    browser.openOnLocalhost("/console/security-keys.xhtml?tenant=" + op.tenant);
    browser.waitForText(By.id("inventory:table"), "Nils key");
    WebElement filter =
        browser.waitForVisible(By.cssSelector("#inventory\\:table\\:userColumn input"));
    filter.sendKeys("nils", Keys.TAB);
    waitForOnlyRow(browser, "Nils key");
    browser.screenshot("inventory-filtered");
    // The filter's table update may land more than once: read and click whatever row is current.
    var wait = new WebDriverWait(browser.driver(), Browser.WAIT);
    wait.until(d -> Boolean.TRUE.equals(browser.script("return PrimeFaces.ajax.Queue.isEmpty();")));
    wait.ignoring(StaleElementReferenceException.class)
        .until(
            driver -> {
              String row =
                  driver.findElement(By.cssSelector("[id='inventory:table_data'] > tr")).getText();
              assertTrue(row.contains("NONE"), row);
              driver
                  .findElement(
                      By.cssSelector("[id='inventory:table_data'] button[id$=':reenroll']"))
                  .click();
              return true;
            });
    browser.waitForVisible(By.id("inventory:confirmYes")).click();
    browser.waitForText(By.id("inventory:messages"), "nils must add a new security key");
    assertEquals(2, op.auditCount("webauthn.reenrollment.required"));
    assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());

    // Their next sign-in: a new key right after the password, before anything else.
    for (String user : List.of("nils", "otto")) {
      clearCookies(browser);
      var verifier = new CodeVerifier();
      browser.open(onLocalhost(OidcTenant.request(op, app, "openid", verifier).build().toURI()));
      password(browser, user);
      browser.waitForVisible(By.id("key-name")).sendKeys("New key of " + user);
      browser.driver().findElement(By.id("add-security-key")).click();
      JWTClaimsSet claims = idToken(browser, verifier);
      assertTrue(claims.getStringListClaim("amr").containsAll(List.of("pwd", "hwk", "mfa")));
    }
    assertEquals(2, op.auditCount("mfa.asked.reenrollment"));
    assertEquals(2, op.auditCount("mfa.passed.webauthn"));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> inventory(String userId) {
    var page =
        Http.get(
            URI.create(op.issuer + "/admin/security-keys?user=" + userId),
            "Authorization",
            "Bearer " + Tokens.platformAdmin(op.platform));
    assertEquals(200, page.statusCode(), page.body());
    return (List<Map<String, Object>>) Http.json(page).get("items");
  }

  /** Signs {@code user} in to the account page on localhost and adds a key named {@code name}. */
  private static void addKey(Browser browser, String user, String name) {
    clearCookies(browser);
    browser.openOnLocalhost("/t/" + op.tenant + "/account");
    password(browser, user);
    browser.waitForVisible(By.id("keys:keyName")).sendKeys(name);
    browser.driver().findElement(By.id("keys:addKey")).click();
    browser.waitForText(By.id("keys:keyTable"), name);
  }

  /** Waits until the inventory shows one row, with {@code text}: its filter has been applied. */
  private static void waitForOnlyRow(Browser browser, String text) {
    By rows = By.cssSelector("[id='inventory:table_data'] > tr");
    new WebDriverWait(browser.driver(), Browser.WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(
            driver -> {
              List<WebElement> found = driver.findElements(rows);
              return found.size() == 1 && found.get(0).getText().contains(text);
            });
  }

  private static URI onLocalhost(URI uri) {
    return URI.create(uri.toString().replace("//127.0.0.1:", "//localhost:"));
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
