package org.portcullis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The console web module answers at /console/ with a rendered PrimeFaces page. */
class ConsoleIT {

  private final Platform platform = Platform.get();

  @Test
  void consoleLandingPageRendersWithPrimeFaces() {
    var page = Http.get(platform.base().resolve("/console/"));
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    String html = page.body();
    assertTrue(html.contains("<title>Portcullis console</title>"), html);
    assertTrue(html.contains("ui-panel"), "the PrimeFaces panel rendered");
    assertTrue(
        Pattern.compile("jakarta\\.faces\\.resource/[^\"]*\\?ln=primefaces").matcher(html).find(),
        "PrimeFaces resources are linked");
    assertTrue(
        Pattern.compile("id=\"schemaVersion\">\\d+<").matcher(html).find(),
        "the page shows the schema version");
  }
}
