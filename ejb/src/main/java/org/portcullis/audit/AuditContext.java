package org.portcullis.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Who acts in this request and from where, as the audit trail records it. The boundary fills it:
 * the actor once a credential has been verified (an access token's client, say), the client address
 * from the connection itself, never from a header the client controls. Without an actor (the first
 * start, say) the platform acts itself: {@value #BOOTSTRAP_ACTOR}.
 */
@RequestScoped
public class AuditContext {

  /** The actor when no credential identified one. */
  public static final String BOOTSTRAP_ACTOR = "system:bootstrap";

  private String actor;

  private String clientAddress;

  /** The verified identity acting in this request. */
  public void identify(String verifiedActor) {
    this.actor = verifiedActor;
  }

  /** The network address of the peer that sent this request. */
  public void connectedFrom(String address) {
    this.clientAddress = address;
  }

  /** The actor of this request, {@value #BOOTSTRAP_ACTOR} when none was identified. */
  public String actor() {
    return actor == null || actor.isEmpty() ? BOOTSTRAP_ACTOR : actor;
  }

  /** The peer's address, when the request came over the network. */
  public Optional<String> clientAddress() {
    return Optional.ofNullable(clientAddress);
  }
}
