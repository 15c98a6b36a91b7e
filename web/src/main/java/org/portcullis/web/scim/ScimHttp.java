package org.portcullis.web.scim;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import org.portcullis.platform.JsonFactory;
import org.portcullis.scim.ScimException;
import org.portcullis.scim.ScimResult;
import org.portcullis.tenant.TenantId;
import org.portcullis.web.platform.PublicBaseUrl;
import org.portcullis.web.platform.ScimErrors;

/** What the SCIM resources share: reading bodies, writing resources with their headers. */
final class ScimHttp {

  static final String MEDIA_TYPE = ScimErrors.MEDIA_TYPE;

  private ScimHttp() {}

  /** The SCIM base URL of the tenant: {@code {issuer}/scim/v2}. */
  static String base(PublicBaseUrl baseUrl, TenantId tenant) {
    return baseUrl.issuerOf(tenant).value() + "/scim/v2";
  }

  /** The request body as a JSON object; anything else is {@code invalidSyntax}. */
  static JsonObject body(String body) {
    if (body == null || body.isBlank()) {
      throw ScimException.invalidSyntax("The request needs a JSON body");
    }
    try (JsonReader reader = JsonFactory.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonParsingException | IllegalStateException e) {
      throw ScimException.invalidSyntax("The body is not a JSON object");
    } catch (JsonException e) {
      throw ScimException.invalidSyntax("The body could not be read as JSON");
    }
  }

  /** 201 with the resource, its {@code Location} and {@code ETag}. */
  static Response created(ScimResult result) {
    return Response.created(URI.create(result.location()))
        .type(MEDIA_TYPE)
        .header(HttpHeaders.ETAG, result.etag())
        .entity(result.resource().toString())
        .build();
  }

  /**
   * 200 with the resource and its {@code ETag}, or 304 when {@code ifNoneMatch} names its current
   * version (RFC 7644 §3.14).
   */
  static Response ok(ScimResult result, String ifNoneMatch) {
    if (ifNoneMatch != null && matches(ifNoneMatch, result.etag())) {
      return Response.notModified().header(HttpHeaders.ETAG, result.etag()).build();
    }
    return Response.ok(result.resource().toString(), MEDIA_TYPE)
        .header(HttpHeaders.ETAG, result.etag())
        .header(HttpHeaders.CONTENT_LOCATION, result.location())
        .build();
  }

  /** 200 with a list response or another message. */
  static Response message(JsonObject message) {
    return Response.ok(message.toString(), MEDIA_TYPE).build();
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    String opaque = EntityTag.valueOf(etag).getValue();
    for (String tag : ifNoneMatch.split(",")) {
      String candidate = tag.strip();
      if (candidate.equals("*")) {
        return true;
      }
      candidate = candidate.startsWith("W/") ? candidate.substring(2) : candidate;
      if (candidate.equals("\"" + opaque + "\"")) {
        return true;
      }
    }
    return false;
  }
}
