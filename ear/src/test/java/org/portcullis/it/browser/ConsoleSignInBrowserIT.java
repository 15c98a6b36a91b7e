package org.portcullis.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.portcullis.it.Platform;
import org.portcullis.it.oidc.OidcTenant;

/**
 * Signing in to the console through the tenant's own authorization code flow: a tenant admin lands
 * on the account page with their roles, cannot open another tenant, and signs out of the tenant's
 * SSO session too; a platform admin may open any tenant.
 */
@BrowserTest
class ConsoleSignInBrowserIT {

  private static OidcTenant acme;
  private static OidcTenant other;

  @BeforeAll
  static void tenants() {
    acme = new OidcTenant("con-");
    acme.user("ada", "tenant-admin");
    other = new OidcTenant("con-");
  }

  @Test
  void aTenantAdminSignsInSeesOnlyTheirTenantAndSignsOutOfTheSsoSession(Browser browser) {
    browser.open("/console/account.xhtml?tenant=" + acme.tenant);
    signIn(browser, "ada", OidcTenant.PASSWORD);
    assertEquals("ada", browser.waitForVisible(By.id("userName")).getText());
    assertEquals(acme.tenant, browser.driver().findElement(By.id("tenant")).getText());
    assertEquals("tenant-admin", browser.driver().findElement(By.id("roles")).getText());
    assertTrue(
        browser.driver().getCurrentUrl().endsWith("/console/account.xhtml?tenant=" + acme.tenant));
    browser.screenshot("account");

    browser.open("/console/account.xhtml?tenant=" + other.tenant);
    assertTrue(
        browser.waitForVisible(By.id("problem")).getText().contains("another tenant"),
        "a tenant admin who types another tenant's URL is refused");
    browser.screenshot("other-tenant-refused");

    browser.open("/console/account.xhtml?tenant=" + acme.tenant);
    browser.waitForVisible(By.id("signOutForm:signOut")).click();
    new WebDriverWait(browser.driver(), Browser.WAIT)
        .until(ExpectedConditions.urlMatches(".*/console/(index\\.xhtml)?$"));

    browser.open("/console/account.xhtml?tenant=" + acme.tenant);
    browser.waitForVisible(By.id("password"));
    assertTrue(
        browser.driver().getCurrentUrl().contains("/t/" + acme.tenant + "/login"),
        "the SSO session ended with the console's: " + browser.driver().getCurrentUrl());
  }

  @Test
  void aPlatformAdminMayOpenAnyTenant(Browser browser) {
    browser.open("/console/account.xhtml");
    signIn(browser, "admin", Platform.get().adminPassword());
    assertTrue(browser.waitForVisible(By.id("roles")).getText().contains("platform-admin"));
    browser.open("/console/account.xhtml?tenant=" + acme.tenant);
    assertEquals("admin", browser.waitForVisible(By.id("userName")).getText());
  }

  @Test
  void theStartPageSignsInToTheTenantTyped(Browser browser) {
    browser.open("/console/");
    var tenant = browser.waitForVisible(By.id("tenant"));
    tenant.clear();
    tenant.sendKeys(acme.tenant);
    browser.driver().findElement(By.id("signInButton")).click();
    browser.waitForVisible(By.id("password"));
    assertTrue(
        URI.create(browser.driver().getCurrentUrl())
            .getPath()
            .equals("/t/" + acme.tenant + "/login"));
  }

  private static void signIn(Browser browser, String userName, String password) {
    browser.waitForVisible(By.id("username")).sendKeys(userName);
    browser.driver().findElement(By.id("password")).sendKeys(password);
    browser.driver().findElement(By.id("sign-in")).click();
  }
}
