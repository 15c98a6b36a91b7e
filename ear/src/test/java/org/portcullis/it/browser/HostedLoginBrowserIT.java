package org.portcullis.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Prompt;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.portcullis.it.oidc.OidcTenant;
import org.portcullis.it.oidc.RelyingPartyServer;

/**
 * The hosted sign-in as a browser meets it: the login page (labels, alert, stylesheet under the
 * Content-Security-Policy, no console errors), single sign-on for a second client, {@code
 * prompt=none}, and logout with its confirmation. Screenshots of each page are kept.
 */
@BrowserTest
class HostedLoginBrowserIT {

  private static OidcTenant op;
  private static RelyingPartyServer rp;
  private static OidcTenant.Client first;
  private static OidcTenant.Client second;

  @BeforeAll
  static void tenant() {
    op = new OidcTenant("web-");
    op.user("hopper");
    rp = new RelyingPartyServer();
    first = op.client(rp.redirectUri().toString(), "client_secret_basic", "\"first_party\":true");
    second = op.client(rp.redirectUri().toString(), "client_secret_basic", "\"first_party\":true");
  }

  @AfterAll
  static void stop() {
    rp.close();
  }

  @Test
  void signInOnTheLoginPageThenASecondClientNeedsNoPassword(Browser browser) {
    browser.open(authorize(first, null));
    browser.waitForVisible(By.id("username"));
    assertEquals("Sign in", browser.driver().getTitle());
    assertEquals(
        "User name", browser.driver().findElement(By.cssSelector("label[for=username]")).getText());
    assertNotEquals(
        "rgba(0, 0, 0, 0)",
        browser.driver().findElement(By.id("sign-in")).getCssValue("background-color"),
        "the platform's stylesheet loads under the Content-Security-Policy");
    browser.screenshot("login");

    browser.driver().findElement(By.id("username")).sendKeys("hopper");
    browser.driver().findElement(By.id("password")).sendKeys("wrong password");
    browser.driver().findElement(By.id("sign-in")).click();
    assertTrue(browser.waitForVisible(By.id("problem")).getText().contains("wrong"));
    assertEquals("alert", browser.driver().findElement(By.id("problem")).getAttribute("role"));
    browser.screenshot("login-wrong-password");

    browser.driver().findElement(By.id("password")).sendKeys(OidcTenant.PASSWORD);
    browser.driver().findElement(By.id("sign-in")).click();
    waitForClient(browser);
    assertTrue(
        browser.driver().getCurrentUrl().contains("code="), browser.driver().getCurrentUrl());
    assertTrue(browser.driver().getCurrentUrl().contains("iss="));

    browser.open(authorize(second, null));
    waitForClient(browser);
    assertTrue(browser.driver().getCurrentUrl().contains("code="), "SSO: no sign-in page");
    assertEquals(List.of(), pageErrors(browser));
  }

  @Test
  void promptNoneWithoutASessionComesBackWithLoginRequired(Browser browser) {
    browser.open(authorize(first, Prompt.Type.NONE));
    waitForClient(browser);
    assertTrue(
        browser.driver().getCurrentUrl().contains("error=login_required"),
        browser.driver().getCurrentUrl());
  }

  @Test
  void logoutAsksForConfirmationThenSignsOut(Browser browser) {
    browser.open(authorize(first, null));
    browser.waitForVisible(By.id("username")).sendKeys("hopper");
    browser.driver().findElement(By.id("password")).sendKeys(OidcTenant.PASSWORD);
    browser.driver().findElement(By.id("sign-in")).click();
    waitForClient(browser);

    browser.open(URI.create(op.issuer + "/logout"));
    browser.waitForVisible(By.id("sign-out"));
    browser.screenshot("logout-confirmation");
    browser.driver().findElement(By.id("sign-out")).click();
    assertEquals("You have signed out.", browser.waitForVisible(By.id("signed-out")).getText());
    browser.screenshot("signed-out");

    browser.open(authorize(first, Prompt.Type.NONE));
    waitForClient(browser);
    assertTrue(browser.driver().getCurrentUrl().contains("error=login_required"));
    assertEquals(List.of(), pageErrors(browser));
  }

  private static URI authorize(OidcTenant.Client client, Prompt.Type prompt) {
    var request = OidcTenant.request(op, client, "openid profile", new CodeVerifier());
    if (prompt != null) {
      request.prompt(new Prompt(prompt));
    }
    return request.build().toURI();
  }

  private static void waitForClient(Browser browser) {
    new WebDriverWait(browser.driver(), Browser.WAIT)
        .until(ExpectedConditions.urlContains(rp.redirectUri().toString()));
  }

  private static List<String> pageErrors(Browser browser) {
    return browser.consoleErrors();
  }
}
