/**
 * The authorization endpoint's rules and the end-session endpoint (OpenID Connect).
 *
 * <p>Owns the validation of authorization requests ({@link
 * org.portcullis.authorize.AuthorizationRequests}, RFC 6749 §4.1.2.1 order: unsafe errors are
 * shown, the others redirected), the flow from request to code ({@link
 * org.portcullis.authorize.Authorizations}: SSO session, {@code prompt}, {@code max_age}, password
 * sign-in with throttling, consent), requests waiting for the user ({@link
 * org.portcullis.authorize.PendingAuthorization}, bound to the browser), consents ({@link
 * org.portcullis.authorize.Consents}) and RP-initiated logout ({@link
 * org.portcullis.authorize.Logouts}). Does not own codes and tokens ({@code token}), sessions
 * ({@code session}) or pages and cookies (the web boundary).
 */
package org.portcullis.authorize;
