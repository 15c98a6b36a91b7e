/**
 * Console sign-in and sign-out through the tenant's own OpenID Connect flow: {@link
 * org.portcullis.console.signin.ConsoleSignIn} (a filter: authorization code with PKCE as the
 * tenant's {@code portcullis-console} client; one tenant per session, except platform admins),
 * {@link org.portcullis.console.signin.ConsoleIdentity} (who is signed in, in which tenant) and
 * {@link org.portcullis.console.signin.SignOut} (ends the SSO session too).
 */
package org.portcullis.console.signin;
