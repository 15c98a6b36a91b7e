package org.portcullis.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console landing page as a browser renders it: PrimeFaces' scripts run (nothing, such as a
 * Content-Security-Policy, blocks them) and the console stays free of errors.
 */
@BrowserTest
class ConsoleBrowserIT {

  @Test
  void landingPageRendersWithPrimeFacesAndNoConsoleErrors(Browser browser) {
    browser.open("/console/");

    // Wait for the title: once, in CI, it read empty right after the navigation.
    new WebDriverWait(browser.driver(), Browser.WAIT)
        .until(ExpectedConditions.titleIs("Portcullis console"));
    var panel = browser.waitForVisible(By.cssSelector(".ui-panel"));
    assertTrue(panel.getText().contains("Platform status"), panel.getText());
    assertTrue(
        browser.waitForVisible(By.id("schemaVersion")).getText().matches("\\d+"),
        "the page shows the schema version");
    // The page's inline script sets PrimeFaces.settings: a Content-Security-Policy without
    // 'unsafe-inline' or a nonce would block it, and then the widgets would not come up either.
    assertEquals(
        "/index.xhtml",
        browser.script("return window.PrimeFaces && PrimeFaces.settings.viewId"),
        "PrimeFaces' scripts, inline ones included, ran");
    var widgets = browser.script("return Object.keys(PrimeFaces.widgets)");
    assertTrue(((List<?>) widgets).contains("widget_status"), "widgets: " + widgets);
    assertEquals(List.of(), browser.consoleErrors(), "severe browser console entries");
    browser.screenshot("landing");
  }

  @Test
  void landingPageOnLocalhostIsASecureContextForWebAuthn(Browser browser) {
    browser.addVirtualAuthenticator();
    browser.openOnLocalhost("/console/");

    assertEquals(
        browser.localhostBase().toString(), browser.script("return window.location.origin"));
    assertEquals(Boolean.TRUE, browser.script("return window.isSecureContext"));
    assertEquals(
        Boolean.TRUE,
        browser.asyncScript(
            "const done = arguments[arguments.length - 1];"
                + "PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable()"
                + ".then(done, e => done(String(e)));"),
        "the virtual platform authenticator is available to the page");
    assertEquals(List.of(), browser.consoleErrors(), "severe browser console entries");
  }
}
