package org.portcullis.web.ratelimit;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;
import org.portcullis.platform.JsonFactory;
import org.portcullis.ratelimit.ThrottledException;
import org.portcullis.web.platform.Problems;

/**
 * A throttled attempt answers 429 Too Many Requests with {@code Retry-After} in whole seconds (RFC
 * 6585 §4, RFC 9110 §10.2.3), never cached. The OAuth endpoints answer in their own format (RFC
 * 6749 §5.2: {@code error} {@code temporarily_unavailable}, the registered code closest to "try
 * later"); every other endpoint answers an RFC 9457 problem.
 */
@Provider
public class ThrottledExceptionMapper implements ExceptionMapper<ThrottledException> {

  private static final Pattern OAUTH_PATH = Pattern.compile("/?t/[^/]+/(token|revoke|introspect)");

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(ThrottledException throttled) {
    Response.ResponseBuilder response;
    if (uriInfo != null && OAUTH_PATH.matcher(uriInfo.getPath()).matches()) {
      response =
          Response.status(429)
              .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
              .entity(
                  JsonFactory.createObjectBuilder()
                      .add("error", "temporarily_unavailable")
                      .add("error_description", throttled.getMessage())
                      .build()
                      .toString());
    } else {
      response = Problems.of(throttled.problemType(), throttled.getMessage());
    }
    return response
        .header("Retry-After", throttled.retryAfterSeconds())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("Pragma", "no-cache")
        .build();
  }
}
