package org.portcullis.web.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The resource answers only to a bearer access token that carries one of these scopes and was
 * issued by the tenant the URL names (tenant {@code system} when it names none), or to a token of
 * tenant {@code system} with {@code platform:admin}, which administers every tenant (contract
 * "Tenants" and "Users and roles").
 */
@NameBinding
@Target({TYPE, METHOD})
@Retention(RUNTIME)
public @interface RequiresScope {

  /** The scope tokens of which the access token must carry one. */
  String[] value();

  /** The format of refusals: the endpoint's own protocol's. */
  ErrorFormat errors() default ErrorFormat.PROBLEM;

  /** How a refusal's body is written. */
  enum ErrorFormat {
    /** RFC 9457 {@code application/problem+json}. */
    PROBLEM,
    /** RFC 7644 §3.12 SCIM error. */
    SCIM,
    /** RFC 6750 §3.1 / RFC 6749 §5.2 OAuth error JSON. */
    OAUTH
  }
}
