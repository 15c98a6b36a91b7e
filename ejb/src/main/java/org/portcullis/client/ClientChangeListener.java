package org.portcullis.client;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells the application of every change to a client's row, whichever service made it, so that
 * {@link RecentClients} forgets the client once the change is committed.
 */
public class ClientChangeListener {

  @Inject private Event<ClientChanged> changes;

  @PostUpdate
  @PostRemove
  void changed(OAuthClient client) {
    changes.fire(new ClientChanged(client.clientId().value()));
  }
}
