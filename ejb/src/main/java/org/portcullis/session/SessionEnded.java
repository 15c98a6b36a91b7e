package org.portcullis.session;

import org.portcullis.tenant.Issuer;

/**
 * Fired (synchronously, in the ending transaction and tenant) when an SSO session ends: at logout,
 * or when an admin ends a user's sessions. The token feature observes it to revoke the refresh
 * tokens bound to the session and to notify the session's clients (back-channel logout).
 *
 * @param issuer the tenant's issuer, the {@code iss} of logout tokens
 * @param sessionId the {@code sid} of the session's tokens
 * @param userId the user whose session it was
 */
public record SessionEnded(Issuer issuer, String sessionId, String userId) {}
