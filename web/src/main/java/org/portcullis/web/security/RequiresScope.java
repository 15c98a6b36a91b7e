package org.portcullis.web.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The resource answers only to a bearer access token of tenant {@code system} that carries this
 * scope (for now {@code platform:admin}, contract "Tenants").
 */
@NameBinding
@Target({TYPE, METHOD})
@Retention(RUNTIME)
public @interface RequiresScope {

  /** The scope token the access token must carry. */
  String value();
}
