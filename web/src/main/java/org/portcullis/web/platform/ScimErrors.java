package org.portcullis.web.platform;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import org.portcullis.platform.JsonFactory;

/** Builds RFC 7644 §3.12 SCIM error responses. */
public final class ScimErrors {

  public static final String MEDIA_TYPE = "application/scim+json";

  public static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

  private ScimErrors() {}

  /**
   * An error answering with {@code status}.
   *
   * @param scimType the RFC 7644 Table 9 keyword, or null when the status says it all
   */
  public static Response.ResponseBuilder of(int status, String scimType, String detail) {
    JsonObjectBuilder body =
        JsonFactory.createObjectBuilder()
            .add("schemas", JsonFactory.createArrayBuilder().add(ERROR_SCHEMA))
            // RFC 7644 §3.12 writes the status as a JSON string.
            .add("status", Integer.toString(status));
    if (scimType != null) {
      body.add("scimType", scimType);
    }
    if (detail != null && !detail.isBlank()) {
      body.add("detail", detail);
    }
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString());
  }
}
