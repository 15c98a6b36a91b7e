/**
 * Single sign-on sessions: a user's sign-in in one browser, shared by the tenant's clients.
 *
 * <p>Owns {@link org.portcullis.session.SsoSession} (what the sign-in proved: when, how, how
 * strongly) and {@link org.portcullis.session.SsoSessions} (start, find by cookie, end). Ending a
 * session fires {@link org.portcullis.session.SessionEnded}; the token feature revokes what the
 * session issued and notifies its clients. Does not own the cookie (the web boundary sets it) nor
 * the sign-in itself ({@code authorize}).
 */
package org.portcullis.session;
