package org.portcullis.it.oidc;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser at the HTTP level: keeps its cookies, follows the platform's redirects one at a time
 * (so that a test sees each), reads forms with jsoup. It never runs scripts; the hosted pages need
 * none for passwords.
 */
public final class UserAgent {

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  public HttpResponse<String> post(URI uri, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Follows redirects while they stay on {@code platform}; returns the last response (a page, or a
   * redirect to somewhere else: the client).
   */
  public HttpResponse<String> follow(HttpResponse<String> response, URI platform) {
    HttpResponse<String> current = response;
    for (int hops = 0; hops < 10 && isRedirect(current); hops++) {
      URI next = current.uri().resolve(location(current));
      if (!next.getRawAuthority().equals(platform.getRawAuthority())) {
        return current;
      }
      current = get(next);
    }
    return current;
  }

  /** Submits the page's form with {@code id} (or its only form), with these values added. */
  public HttpResponse<String> submit(HttpResponse<String> page, Map<String, String> values) {
    Document document = Jsoup.parse(page.body(), page.uri().toString());
    Element form = document.selectFirst("form");
    if (form == null) {
      throw new AssertionError("No form on " + page.uri() + ": " + page.body());
    }
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    for (Element input : form.select("input[name]")) {
      fields.put(input.attr("name"), input.attr("value"));
    }
    fields.putAll(values);
    return post(URI.create(form.absUrl("action")), fields);
  }

  public static boolean isRedirect(HttpResponse<String> response) {
    return response.statusCode() / 100 == 3;
  }

  public static String location(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Location")
        .orElseThrow(() -> new AssertionError("No Location: " + response.statusCode()));
  }

  /** The named cookie this browser holds for {@code uri}, or null. */
  public String cookie(URI uri, String name) {
    return cookies.getCookieStore().get(uri).stream()
        .filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
