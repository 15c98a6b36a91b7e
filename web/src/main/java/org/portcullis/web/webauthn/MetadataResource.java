package org.portcullis.web.webauthn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.portcullis.client.Scope;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantScope;
import org.portcullis.web.security.RequiresScope;
import org.portcullis.webauthn.AuthenticatorMetadata;
import org.portcullis.webauthn.InvalidAuthenticatorMetadataException;
import org.portcullis.webauthn.NoAuthenticatorMetadataException;

/**
 * The FIDO Metadata Service BLOB (MDS3, the JWT as downloaded from the FIDO Alliance), uploaded by
 * a platform admin for every tenant: verified against the FIDO root before it is stored.
 */
@Path("admin/webauthn/metadata")
@RequestScoped
@RequiresScope(Scope.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security keys", description = "WebAuthn policy and passkey inventory")
@SecurityRequirement(name = "bearer")
public class MetadataResource {

  @Inject private AuthenticatorMetadata metadata;

  @Inject private TenantScope scope;

  @GET
  @Operation(summary = "The uploaded BLOB's number, next update, entries and upload time")
  @APIResponse(responseCode = "200", description = "The BLOB in use")
  @APIResponse(responseCode = "404", description = "None uploaded (problem+json)")
  public AuthenticatorMetadata.Summary read() {
    return scope
        .runAs(TenantId.SYSTEM, metadata::summary)
        .orElseThrow(
            () -> new NoAuthenticatorMetadataException("No metadata BLOB was uploaded yet"));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Upload a new BLOB with the CRLs of its chain (replaces the one in use unless older)",
      description =
          "Body {\"blob\": \"<the MDS3 JWT>\", \"crls\": [\"<PEM or base64 DER>\", ...]}: the"
              + " CRLs FIDO publishes for the BLOB's certificate chain (path validation needs them"
              + " to know no certificate was revoked)")
  @APIResponse(responseCode = "200", description = "Verified and stored")
  @APIResponse(responseCode = "400", description = "It does not verify (problem+json)")
  public AuthenticatorMetadata.Summary upload(MetadataUpload body) {
    if (body == null) {
      throw new InvalidAuthenticatorMetadataException("The body must be a JSON object");
    }
    return scope.runAs(TenantId.SYSTEM, () -> metadata.upload(body.blob(), body.crls()));
  }

  @PUT
  @Consumes({"application/jwt", MediaType.TEXT_PLAIN})
  @Operation(
      summary = "Upload a new BLOB alone",
      description =
          "Only where the platform's JVM may fetch CRLs itself (com.sun.security.enableCRLDP)")
  @APIResponse(responseCode = "200", description = "Verified and stored")
  @APIResponse(responseCode = "400", description = "It does not verify (problem+json)")
  public AuthenticatorMetadata.Summary uploadBlob(String blob) {
    return scope.runAs(TenantId.SYSTEM, () -> metadata.upload(blob, java.util.List.of()));
  }

  /** The upload: the BLOB and the CRLs of its certificate chain. */
  public record MetadataUpload(String blob, java.util.List<String> crls) {}
}
