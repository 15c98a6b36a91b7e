package org.portcullis.tenant;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a service that reads or writes tenant-owned entities: every call runs with the persistence
 * context filtered to the tenant in {@link TenantScope}, and fails when there is none. An
 * architecture test requires it on every bean that uses the entity manager outside this package.
 */
@InterceptorBinding
@Target({TYPE, METHOD})
@Retention(RUNTIME)
public @interface TenantIsolated {}
