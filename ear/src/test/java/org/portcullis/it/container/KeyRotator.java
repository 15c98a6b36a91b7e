package org.portcullis.it.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.portcullis.key.KeyRotation;
import org.portcullis.key.SigningAlgorithm;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantScope;

/**
 * Test-only: rotates from a thread of the test's own pool, each call in its own request context and
 * transaction, the way two nodes or two admins rotate one tenant at once.
 */
@ApplicationScoped
public class KeyRotator {

  @Inject TenantScope scope;

  @Inject KeyRotation rotation;

  @ActivateRequestContext
  public String rotate(TenantId tenant) {
    return scope.runAs(tenant, () -> rotation.rotate(SigningAlgorithm.ES256, false).kid());
  }
}
