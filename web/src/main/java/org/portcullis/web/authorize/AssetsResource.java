package org.portcullis.web.authorize;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The hosted pages' stylesheet and their one script, for WebAuthn (the Content-Security-Policy
 * admits only the platform's own).
 */
@Path("assets")
@jakarta.enterprise.context.RequestScoped
public class AssetsResource {

  private static final byte[] STYLESHEET = load("portcullis.css");

  private static final byte[] SCRIPT = load("webauthn.js");

  @GET
  @Path("portcullis.css")
  @Produces("text/css")
  @Operation(hidden = true)
  public Response stylesheet() {
    return Response.ok(STYLESHEET)
        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
        .build();
  }

  @GET
  @Path("webauthn.js")
  @Produces("text/javascript")
  @Operation(hidden = true)
  public Response script() {
    return Response.ok(SCRIPT).header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600").build();
  }

  private static byte[] load(String name) {
    try (InputStream in = AssetsResource.class.getResourceAsStream("pages/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
