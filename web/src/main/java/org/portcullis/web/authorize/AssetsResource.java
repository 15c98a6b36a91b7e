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

/** The hosted pages' stylesheet (the Content-Security-Policy admits only the platform's own). */
@Path("assets/portcullis.css")
@jakarta.enterprise.context.RequestScoped
public class AssetsResource {

  private static final byte[] STYLESHEET = load();

  @GET
  @Produces("text/css")
  @Operation(hidden = true)
  public Response stylesheet() {
    return Response.ok(STYLESHEET)
        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
        .build();
  }

  private static byte[] load() {
    try (InputStream in = AssetsResource.class.getResourceAsStream("pages/portcullis.css")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
