package org.portcullis.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.portcullis.it.Http;
import org.portcullis.it.Platform;
import org.portcullis.it.oidc.OidcTenant;
import org.portcullis.it.oidc.UserAgent;

/**
 * The admin console's journeys, each page under its Content Security Policy with no console error:
 * a platform admin creates a tenant and a user in it, assigns a role that the user's next access
 * token carries in {@code groups}, disables the user (whose next sign-in is refused) and finds both
 * changes in the audit log and its export, with the admin as actor; a tenant admin works in their
 * own tenant only. Screenshots of every page go to {@code target/browser-artifacts}.
 */
@BrowserTest
class ConsoleAdminBrowserIT {

  private static final Duration WAIT = Browser.WAIT;

  @Test
  void aPlatformAdminCreatesATenantAndAUserAssignsARoleDisablesTheUserAndFindsTheAudit(
      Browser browser) throws Exception {
    browser.open("/console/dashboard.xhtml");
    signIn(browser, "admin", Platform.get().adminPassword());
    browser.waitForVisible(By.id("userCount"));
    assertCsp(browser);
    browser.screenshot("dashboard-system");

    String tenant = "cadm-" + UUID.randomUUID().toString().substring(0, 8);
    browser.open("/console/tenants.xhtml");
    browser.waitForVisible(By.id("tenants:newId")).sendKeys(tenant);
    browser.driver().findElement(By.id("tenants:newDisplayName")).sendKeys("Console Admin Co");
    browser.driver().findElement(By.id("tenants:create")).click();
    browser.waitForText(By.id("tenants:messages"), "Tenant " + tenant + " created.");
    filter(browser, By.cssSelector("#tenants\\:table\\:idColumn input"), tenant);
    waitForOnlyRow(browser, "tenants:table", tenant);
    browser.screenshot("tenants");
    assertNoConsoleErrors(browser);

    browser.open("/console/users.xhtml?tenant=" + tenant);
    browser.waitForVisible(By.id("users:newUser")).click();
    browser.waitForVisible(By.id("create:userName")).sendKeys("grace");
    browser.driver().findElement(By.id("create:displayName")).sendKeys("Grace Hopper");
    browser.driver().findElement(By.id("create:email")).sendKeys("grace@example.org");
    browser.driver().findElement(By.id("create:password")).sendKeys("short");
    browser.driver().findElement(By.id("create:save")).click();
    browser.waitForText(By.id("create:createMessages"), "The password was refused");
    browser.screenshot("users-password-refused");
    WebElement password = browser.driver().findElement(By.id("create:password"));
    password.clear();
    password.sendKeys(OidcTenant.PASSWORD);
    browser.driver().findElement(By.id("create:save")).click();
    new WebDriverWait(browser.driver(), WAIT).until(ExpectedConditions.urlContains("/user.xhtml"));
    browser.waitForText(By.id("user:messages"), "User grace created.");
    assertCsp(browser);

    browser.waitForVisible(By.id("user:roleToGrant")).sendKeys("auditors");
    browser.driver().findElement(By.id("user:grantRole")).click();
    browser.waitForText(By.id("user:roles"), "auditors");
    browser.screenshot("user");

    OidcTenant op = OidcTenant.existing(tenant);
    OidcTenant.Client client = op.firstParty();
    OIDCTokenResponse tokens = codeFlow(op, client, "grace");
    List<String> groups =
        SignedJWT.parse(tokens.getOIDCTokens().getAccessToken().getValue())
            .getJWTClaimsSet()
            .getStringListClaim("groups");
    assertEquals(List.of("auditors"), groups, "the role assigned in the console is in the token");

    browser.driver().findElement(By.id("user:disable")).click();
    browser.waitForVisible(By.id("user:confirmYes")).click();
    browser.waitForText(By.id("user:status"), "Disabled");
    browser.waitForText(By.id("user:messages"), "User disabled");
    browser.screenshot("user-disabled");
    HttpResponse<String> refused = signInPage(op, client, "grace");
    assertEquals(200, refused.statusCode());
    assertTrue(
        refused.body().contains("The user name or password is wrong."),
        "a disabled user's sign-in is refused");

    browser.open("/console/users.xhtml?tenant=" + tenant);
    filter(browser, By.cssSelector("#users\\:table\\:userNameColumn input"), "GRA");
    waitForOnlyRow(browser, "users:table", "grace");
    browser.screenshot("users");

    browser.open("/console/audit.xhtml?tenant=" + tenant);
    browser.waitForVisible(By.id("audit:action")).sendKeys("user.deactivated");
    browser.driver().findElement(By.id("audit:user")).sendKeys("grace");
    browser.driver().findElement(By.id("audit:search")).click();
    // The table shows the last days' events at first; the search's answer shows only the filtered.
    String actor =
        new WebDriverWait(browser.driver(), WAIT)
            .ignoring(StaleElementReferenceException.class)
            .until(
                driver -> {
                  List<String> actions =
                      driver.findElements(By.cssSelector("#audit\\:events .audit-action")).stream()
                          .map(WebElement::getText)
                          .toList();
                  return !actions.isEmpty() && actions.stream().allMatch("user.deactivated"::equals)
                      ? driver.findElement(By.cssSelector("#audit\\:events .audit-actor")).getText()
                      : null;
                });
    assertTrue(
        actor.startsWith(Platform.get().issuer("system") + "/"),
        "the acting platform admin, named by its issuer: " + actor);
    browser.screenshot("audit");
    String csv =
        (String)
            browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('audit:exportCsv').href)"
                    + ".then(r => r.text()).then(done, e => done('failed ' + e));");
    assertTrue(csv.startsWith("seq,occurredAt,action,outcome,actor,target"), csv);
    assertTrue(csv.contains(",user.deactivated,SUCCESS," + actor + ","), csv);
    assertTrue(!csv.contains("role.assigned"), "the export has the page's filters: " + csv);

    browser.open("/console/dashboard.xhtml?tenant=" + tenant);
    browser.waitForText(By.id("userCount"), "1");
    browser.waitForVisible(By.cssSelector("#signInChart canvas"));
    browser.screenshot("dashboard");
    assertNoConsoleErrors(browser);

    theOtherAdminPagesWork(browser, tenant);

    browser.open("/console/tenants.xhtml");
    filter(browser, By.cssSelector("#tenants\\:table\\:idColumn input"), tenant);
    waitForOnlyRow(browser, "tenants:table", tenant);
    browser.waitForText(By.id("tenants:table"), "Serving");
    browser.waitForVisible(By.id("tenants:table:0:disable")).click();
    browser.waitForVisible(By.id("tenants:confirmYes")).click();
    browser.waitForText(By.id("tenants:messages"), "Tenant " + tenant + " disabled.");
    browser.waitForText(By.id("tenants:table"), "Disabled");
    browser.screenshot("tenants-disabled");
    // The web module resolves tenants through its own cache (KnownTenants, 5 s).
    URI discovery = URI.create(op.issuer + "/.well-known/openid-configuration");
    long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
    int status = Http.get(discovery).statusCode();
    while (status != 404 && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      status = Http.get(discovery).statusCode();
    }
    assertEquals(404, status, "a disabled tenant's issuer answers 404 within the cache's 5 s");
    assertNoConsoleErrors(browser);
  }

  /** Clients, groups and roles, signing keys and settings: one change each, under the CSP. */
  private static void theOtherAdminPagesWork(Browser browser, String tenant) throws Exception {
    browser.open("/console/clients.xhtml?tenant=" + tenant);
    browser.waitForVisible(By.id("clients:newClient")).click();
    browser.waitForVisible(By.id("client:name")).sendKeys("Reports");
    browser
        .driver()
        .findElement(By.id("client:redirectUris"))
        .sendKeys("https://reports.example.org/callback");
    browser.driver().findElement(By.id("client:save")).click();
    String secret = browser.waitForVisible(By.id("clients:shownSecret")).getText();
    assertTrue(secret.length() >= 40, "the new client's secret, shown once: " + secret);
    browser.waitForText(By.id("clients:table"), "https://reports.example.org/callback");
    browser.screenshot("clients-secret-once");
    browser.driver().findElement(By.id("clients:hideSecret")).click();
    new WebDriverWait(browser.driver(), WAIT)
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("clients:shownSecret")));
    browser.driver().findElement(By.cssSelector("[id$=':rotate']")).click();
    browser.waitForVisible(By.id("clients:confirmYes")).click();
    browser.waitForText(By.id("clients:messages"), "New secret for");
    assertTrue(
        !browser.waitForVisible(By.id("clients:shownSecret")).getText().equals(secret),
        "a rotation shows a new secret");
    assertCsp(browser);

    browser.open("/console/groups.xhtml?tenant=" + tenant);
    browser.waitForVisible(By.id("groups:newGroup")).sendKeys("operators");
    browser.driver().findElement(By.id("groups:createGroup")).click();
    browser.waitForText(By.id("groups:groupTable"), "operators");
    browser.driver().findElement(By.id("groups:newRole")).sendKeys("viewer");
    browser.driver().findElement(By.id("groups:createRole")).click();
    browser.waitForText(By.id("groups:roleTable"), "viewer");
    browser.screenshot("groups");
    assertNoConsoleErrors(browser);

    browser.open("/console/keys.xhtml?tenant=" + tenant);
    browser.waitForText(By.id("keys:table"), "Signing");
    browser.driver().findElement(By.id("keys:rotate")).click();
    browser.waitForVisible(By.id("keys:confirmYes")).click();
    browser.waitForText(By.id("keys:messages"), "published");
    browser.waitForText(By.id("keys:table"), "Waiting to sign");
    browser.screenshot("keys");
    assertNoConsoleErrors(browser);

    browser.open("/console/settings.xhtml?tenant=" + tenant);
    WebElement minLength = browser.waitForVisible(By.id("password:minLength_input"));
    minLength.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12");
    browser.driver().findElement(By.id("password:savePassword")).click();
    browser.waitForText(By.id("messages"), "The password policy is saved.");
    browser
        .driver()
        .findElement(By.id("lifetimes:refreshIdleMinutes_input"))
        .sendKeys(Keys.chord(Keys.CONTROL, "a"), "700");
    browser.driver().findElement(By.id("lifetimes:saveLifetimes")).click();
    browser.waitForText(By.id("messages"), "(refresh token idle lifetime) must be 1 min to 10 h");
    browser
        .driver()
        .findElement(By.id("lifetimes:refreshIdleMinutes_input"))
        .sendKeys(Keys.chord(Keys.CONTROL, "a"), "20");
    browser
        .driver()
        .findElement(By.id("lifetimes:accessTokenSeconds_input"))
        .sendKeys(Keys.chord(Keys.CONTROL, "a"), "900");
    browser.driver().findElement(By.id("lifetimes:saveLifetimes")).click();
    browser.waitForText(By.id("messages"), "The token lifetimes are saved.");
    browser.screenshot("settings");
    browser.open("/console/settings.xhtml?tenant=" + tenant);
    assertEquals(
        "900",
        browser.waitForVisible(By.id("lifetimes:accessTokenSeconds_input")).getAttribute("value"));
    assertEquals(
        "20",
        browser
            .driver()
            .findElement(By.id("lifetimes:refreshIdleMinutes_input"))
            .getAttribute("value"));
    assertNoConsoleErrors(browser);
  }

  @Test
  void aTenantAdminWorksInTheirTenantAndIsRefusedAnotherOrTheTenantsPage(Browser browser) {
    OidcTenant acme = new OidcTenant("cadm-");
    acme.user("ada", "tenant-admin");
    OidcTenant other = new OidcTenant("cadm-");

    browser.open("/console/users.xhtml?tenant=" + acme.tenant);
    signIn(browser, "ada", OidcTenant.PASSWORD);
    browser.waitForText(By.id("users:table"), "ada");
    assertTrue(
        browser.driver().findElements(By.id("navTenants")).isEmpty(),
        "no tenants page in a tenant admin's menu");
    assertTrue(
        browser.driver().findElements(By.id("switcher")).isEmpty(),
        "no tenant switcher for a tenant admin");
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(420, 800));
    browser.screenshot("users-narrow");
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));

    browser.open("/console/users.xhtml?tenant=" + other.tenant);
    assertTrue(
        browser.waitForVisible(By.id("problem")).getText().contains("another tenant"),
        "a tenant admin who types another tenant's URL is refused");
    browser.screenshot("other-tenant-refused");

    browser.open("/console/tenants.xhtml");
    assertTrue(browser.waitForVisible(By.id("problem")).getText().contains("administrators"));
    assertNoConsoleErrorsExcept(browser, "403");
  }

  private static void signIn(Browser browser, String userName, String password) {
    browser.waitForVisible(By.id("username")).sendKeys(userName);
    browser.driver().findElement(By.id("password")).sendKeys(password);
    browser.driver().findElement(By.id("sign-in")).click();
  }

  /** Types into a lazy table's column filter and waits for the table to reload. */
  private static void filter(Browser browser, By input, String text) {
    WebElement field = browser.waitForVisible(input);
    field.clear();
    field.sendKeys(text, Keys.TAB);
  }

  /** Waits until a data table shows one row, with {@code text}: its filter has been applied. */
  private static void waitForOnlyRow(Browser browser, String table, String text) {
    By rows = By.cssSelector("[id='" + table + "_data'] > tr");
    new WebDriverWait(browser.driver(), WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(
            driver -> {
              List<WebElement> found = driver.findElements(rows);
              return found.size() == 1 && found.get(0).getText().contains(text);
            });
  }

  /** The page's policy is PrimeFaces' with a nonce, and the other headers are set. */
  private static void assertCsp(Browser browser) throws Exception {
    String url = browser.driver().getCurrentUrl();
    @SuppressWarnings("unchecked")
    Map<String, String> headers =
        (Map<String, String>)
            browser.asyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => done({csp: r.headers.get('content-security-policy'),"
                    + " nosniff: r.headers.get('x-content-type-options'),"
                    + " frame: r.headers.get('x-frame-options')}));",
                url);
    String csp = headers.get("csp");
    assertTrue(csp != null && csp.contains("frame-ancestors 'none'"), String.valueOf(csp));
    assertTrue(csp.contains("script-src 'self' 'nonce-"), csp);
    assertEquals("nosniff", headers.get("nosniff"));
    assertEquals("DENY", headers.get("frame"));
    assertNoConsoleErrors(browser);
  }

  private static void assertNoConsoleErrors(Browser browser) {
    List<String> errors = browser.consoleErrors();
    assertTrue(errors.isEmpty(), "console errors (CSP refusals among them): " + errors);
  }

  private static void assertNoConsoleErrorsExcept(Browser browser, String expected) {
    List<String> errors =
        browser.consoleErrors().stream().filter(e -> !e.contains(expected)).toList();
    assertTrue(errors.isEmpty(), "console errors: " + errors);
  }

  /** The hosted login page's answer to the user's password, in a fresh user agent. */
  private static HttpResponse<String> signInPage(
      OidcTenant op, OidcTenant.Client client, String userName) {
    var browser = new UserAgent();
    var request = OidcTenant.request(op, client, "openid", new CodeVerifier()).build();
    HttpResponse<String> login = browser.follow(browser.get(request.toURI()), op.platform.base());
    return browser.submit(login, Map.of("username", userName, "password", OidcTenant.PASSWORD));
  }

  /** Signs the user in through the code flow with PKCE and redeems the code. */
  private static OIDCTokenResponse codeFlow(
      OidcTenant op, OidcTenant.Client client, String userName) throws Exception {
    var verifier = new CodeVerifier();
    var browser = new UserAgent();
    var request = OidcTenant.request(op, client, "openid profile", verifier).build();
    HttpResponse<String> login = browser.follow(browser.get(request.toURI()), op.platform.base());
    HttpResponse<String> back =
        browser.submit(login, Map.of("username", userName, "password", OidcTenant.PASSWORD));
    var response = AuthenticationResponseParser.parse(URI.create(UserAgent.location(back)));
    AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
    TokenResponse tokens = op.redeem(client, code, verifier);
    assertTrue(tokens.indicatesSuccess(), tokens.toString());
    return (OIDCTokenResponse) tokens;
  }
}
