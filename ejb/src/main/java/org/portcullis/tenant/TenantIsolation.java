package org.portcullis.tenant;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;

/**
 * The one place where the tenant reaches the persistence layer. Before a {@link TenantIsolated}
 * call it sets EclipseLink's tenant property on the transaction's persistence context, so that
 * every query, {@code find} and insert of a {@code @Multitenant} entity is bound to the tenant in
 * {@link TenantScope}; afterwards it restores the tenant a caller had set.
 *
 * <p>It runs inside the container's transaction (EJB interceptors share the business method's
 * transaction), so the property applies to exactly the persistence context the service uses.
 */
@TenantIsolated
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class TenantIsolation {

  /** EclipseLink's context property named by every {@code @TenantDiscriminatorColumn}. */
  public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

  /** The discriminator column of every tenant-owned table. */
  public static final String TENANT_COLUMN = "TENANT_ID";

  @PersistenceContext private EntityManager em;

  @Inject private TenantScope scope;

  @AroundInvoke
  public Object isolate(InvocationContext invocation) throws Exception {
    String tenant = scope.require().value();
    Object previous = em.getProperties().get(TENANT_PROPERTY);
    em.setProperty(TENANT_PROPERTY, tenant);
    try {
      return invocation.proceed();
    } finally {
      if (previous != null && !Objects.equals(previous, tenant)) {
        em.setProperty(TENANT_PROPERTY, previous);
      }
    }
  }
}
