/**
 * How long what a tenant issues lives: the default lifetime of access tokens for clients that
 * register none, the SSO session, and the idle and absolute lifetimes of refresh tokens (bound to
 * the session, and {@code offline_access}). Keycloak calls these a realm's token and session
 * settings.
 *
 * <p>Owns the rules ({@link org.portcullis.lifetime.TokenLifetimes}: bounds, idle within absolute)
 * and each tenant's choice ({@link org.portcullis.lifetime.TokenLifetimePolicies}, audited). Read
 * where a client is registered, a session starts and a refresh token is issued or rotated; never on
 * the path of a {@code client_credentials} token, whose lifetime is the client's own.
 */
package org.portcullis.lifetime;
