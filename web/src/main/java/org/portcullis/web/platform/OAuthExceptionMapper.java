package org.portcullis.web.platform;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.portcullis.platform.JsonFactory;
import org.portcullis.platform.OAuthError;
import org.portcullis.platform.OAuthException;

/**
 * OAuth protocol errors in their own format (RFC 6749 §5.2): a JSON body with {@code error} and
 * {@code error_description}, never cached; {@code invalid_client} answers 401 with a {@code
 * WWW-Authenticate} challenge for the scheme clients authenticate with.
 */
@Provider
public class OAuthExceptionMapper implements ExceptionMapper<OAuthException> {

  @Override
  public Response toResponse(OAuthException exception) {
    var body = JsonFactory.createObjectBuilder().add("error", exception.error().code());
    if (exception.description() != null) {
      body.add("error_description", exception.description());
    }
    var response =
        Response.status(exception.error().status())
            .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
            .header(HttpHeaders.CACHE_CONTROL, "no-store")
            .header("Pragma", "no-cache")
            .entity(body.build().toString());
    if (exception.error() == OAuthError.INVALID_CLIENT) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"portcullis\"");
    }
    if (exception.error() == OAuthError.INVALID_TOKEN) {
      // RFC 6750 §3: a protected resource names the scheme and the error.
      response.header(
          HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"portcullis\", error=\"invalid_token\"");
    }
    if (exception.error() == OAuthError.INSUFFICIENT_SCOPE) {
      response.header(
          HttpHeaders.WWW_AUTHENTICATE,
          "Bearer realm=\"portcullis\", error=\"insufficient_scope\"");
    }
    return response.build();
  }
}
