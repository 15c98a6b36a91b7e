/**
 * The security-key pages for tenant admins: the passkey inventory (every key of the tenant with its
 * authenticator's name and status from the FIDO Metadata Service; remove, require a new key) and
 * the WebAuthn policy panel of the settings page.
 */
package org.portcullis.console.webauthn;
