package org.portcullis.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JAX-RS application of module {@code web}: every endpoint below the context root. */
@ApplicationPath("/")
@ApplicationScoped
@OpenAPIDefinition(
    info =
        @Info(
            title = "Portcullis",
            version = "1",
            description =
                "Multi-tenant identity platform: per-tenant OAuth 2.0 / OpenID Connect endpoints"
                    + " under the issuer {base}/t/{tenant}, and the platform admin API.",
            license = @License(name = "Apache-2.0")))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "An access token of tenant system with scope platform:admin")
public class PortcullisApi extends Application {}
