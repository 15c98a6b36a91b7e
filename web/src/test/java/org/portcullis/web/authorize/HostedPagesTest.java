package org.portcullis.web.authorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostedPagesTest {

  private final HostedPages pages = new HostedPages();

  @Test
  void valuesAreEscapedAndEmptySectionsLeftOut() {
    String html =
        pages.html(
            "login",
            Map.of(
                "client", "<script>alert(1)</script>",
                "request", "r\"1",
                "loginHint", "",
                "problem", "",
                "action", "/t/acme/login"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertFalse(html.contains("<script>"));
    assertTrue(html.contains("value=\"r&quot;1\""));
    assertFalse(html.contains("id=\"problem\""), "no problem, no alert");
    assertTrue(html.contains("<title>Sign in</title>"));
  }

  @Test
  void formsMayLeadOnlyToThePlatformAndTheClientsOrigin() {
    assertEquals(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'"
            + " https://app.example:8443; frame-ancestors 'none'; base-uri 'none'",
        HostedPages.policy(URI.create("https://app.example:8443/cb?x=1")));
  }

  @Test
  void aProblemIsAnAlert() {
    String html =
        pages.html(
            "login",
            Map.of("client", "App", "request", "r", "problem", "Wrong & late", "action", "/"));
    assertTrue(html.contains("role=\"alert\" id=\"problem\">Wrong &amp; late</p>"), html);
  }
}
