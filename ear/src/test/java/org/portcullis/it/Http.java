package org.portcullis.it;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for black-box tests: plain JDK HttpClient, JSON through Nimbus. */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Http() {}

  public static HttpResponse<String> get(URI uri, String... headers) {
    return send(request(uri, headers).GET().build());
  }

  public static HttpResponse<String> delete(URI uri, String... headers) {
    return send(request(uri, headers).DELETE().build());
  }

  public static HttpResponse<String> postJson(URI uri, String json, String... headers) {
    return send(
        request(uri, headers)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** Any method with a JSON body of {@code contentType}, e.g. PUT or PATCH of SCIM resources. */
  public static HttpResponse<String> send(
      String method, URI uri, String contentType, String body, String... headers) {
    return send(
        request(uri, headers)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  public static HttpResponse<String> putJson(URI uri, String json, String... headers) {
    return send("PUT", uri, "application/json", json, headers);
  }

  public static HttpResponse<String> postForm(
      URI uri, Map<String, String> form, String... headers) {
    return send(
        request(uri, headers)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
            .build());
  }

  /** The RFC 6749 §2.3.1 {@code Authorization: Basic} header value. */
  public static String basic(String clientId, String secret) {
    String pair =
        URLEncoder.encode(clientId, StandardCharsets.UTF_8)
            + ":"
            + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  public static Map<String, Object> json(HttpResponse<String> response) {
    try {
      return JSONObjectUtils.parse(response.body());
    } catch (ParseException e) {
      throw new AssertionError("Not a JSON object: " + response.body(), e);
    }
  }

  /** A form from alternating names and values. */
  public static Map<String, String> form(String... namesAndValues) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      form.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return form;
  }

  private static HttpRequest.Builder request(URI uri, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return builder;
  }

  private static String formEncode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
