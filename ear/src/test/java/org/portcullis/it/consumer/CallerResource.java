package org.portcullis.it.consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Echoes the verified caller, so the test sees what the consumer made of the platform's token. */
@Path("caller")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {

  @Inject private JsonWebToken jwt;

  @GET
  @Path("platform-admin")
  @RolesAllowed("platform-admin")
  public JsonObject platformAdmin() {
    return caller();
  }

  @GET
  @Path("auditor")
  @RolesAllowed("auditor")
  public JsonObject auditor() {
    return caller();
  }

  private JsonObject caller() {
    return Json.createObjectBuilder()
        .add("name", jwt.getName())
        .add("upn", jwt.<String>getClaim("upn"))
        .add("issuer", jwt.getIssuer())
        .add("groups", Json.createArrayBuilder(new TreeSet<>(jwt.getGroups())))
        .build();
  }
}
