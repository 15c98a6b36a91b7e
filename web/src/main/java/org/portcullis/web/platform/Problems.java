package org.portcullis.web.platform;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import org.portcullis.platform.JsonFactory;
import org.portcullis.platform.ProblemType;

/** Builds RFC 9457 {@code application/problem+json} responses. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  /** A problem of a declared type, with an occurrence-specific detail. */
  public static Response.ResponseBuilder of(ProblemType type, String detail) {
    return of(type.uri(), type.status(), type.title(), detail);
  }

  /** A problem answering with {@code status}. */
  public static Response.ResponseBuilder of(String type, int status, String title, String detail) {
    JsonObjectBuilder body =
        JsonFactory.createObjectBuilder()
            .add("type", type)
            .add("title", title)
            .add("status", status);
    if (detail != null && !detail.isBlank()) {
      body.add("detail", detail);
    }
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString());
  }
}
