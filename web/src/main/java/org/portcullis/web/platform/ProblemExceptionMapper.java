package org.portcullis.web.platform;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.portcullis.platform.PortcullisException;

/**
 * The one mapper for everything that is not an OAuth protocol error: domain exceptions answer with
 * their declared problem type, unreadable bodies a 400, JAX-RS errors (404, 405, 415) with {@code
 * about:blank} and their status, and anything unexpected with a 500 whose detail says nothing of
 * the cause (it is logged here instead).
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

  /** SCIM endpoints answer in SCIM's error format (RFC 7644 §3.12), whatever failed. */
  private static final Pattern SCIM_PATH = Pattern.compile("/?t/[^/]+/scim/v2(/.*)?");

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(Exception exception) {
    Response response = problem(exception);
    if (uriInfo != null && SCIM_PATH.matcher(uriInfo.getPath()).matches()) {
      String detail = response.getStatus() >= 500 ? null : "The request could not be served";
      if (exception instanceof PortcullisException domain) {
        detail = domain.getMessage();
      }
      var scim =
          ScimErrors.of(
              response.getStatus(),
              exception instanceof ProcessingException ? "invalidSyntax" : null,
              detail);
      response
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                  values.forEach(v -> scim.header(name, v));
                }
              });
      return scim.build();
    }
    return response;
  }

  private Response problem(Exception exception) {
    if (exception instanceof PortcullisException domain) {
      return Problems.of(domain.problemType(), domain.getMessage()).build();
    }
    if (exception instanceof ProcessingException) {
      // The request body is not what the resource reads (malformed JSON, say).
      return Problems.of("about:blank", 400, "Bad Request", "The request body could not be read")
          .build();
    }
    if (exception instanceof WebApplicationException web) {
      Response original = web.getResponse();
      int status = original.getStatus();
      var problem =
          Problems.of(
              "about:blank",
              status,
              Response.Status.fromStatusCode(status) == null
                  ? "Error"
                  : Response.Status.fromStatusCode(status).getReasonPhrase(),
              status == 400 ? "The request could not be read" : null);
      original.getHeaders().forEach((name, values) -> values.forEach(v -> problem.header(name, v)));
      return problem.type(Problems.MEDIA_TYPE).build();
    }
    LOG.log(Level.SEVERE, "Unexpected failure", exception);
    return Problems.of("about:blank", 500, "Internal Server Error", null).build();
  }
}
