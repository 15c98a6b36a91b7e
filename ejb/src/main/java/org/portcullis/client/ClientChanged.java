package org.portcullis.client;

/**
 * A client's row was updated or deleted (its secret, metadata or registration token); fired by
 * {@link ClientChangeListener} inside the changing transaction.
 */
public record ClientChanged(String clientId) {}
