/**
 * Console sign-in and sign-out through the tenant's own OpenID Connect flow: {@link
 * org.portcullis.console.signin.ConsoleSignIn} (the Jakarta Security mechanism: authorization code
 * with PKCE as the tenant's {@code portcullis-console} client), {@link
 * org.portcullis.console.signin.ConsoleIdentity} (who is signed in, in which tenant), {@link
 * org.portcullis.console.signin.TenantGuard} (one tenant per session, except platform admins) and
 * {@link org.portcullis.console.signin.SignOut} (ends the SSO session too).
 */
package org.portcullis.console.signin;
