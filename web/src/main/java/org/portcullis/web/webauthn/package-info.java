/**
 * The admin REST API of security keys: a tenant's WebAuthn policy, its passkey inventory (with each
 * authenticator's name and status from the FIDO Metadata Service), and the platform's metadata
 * BLOB.
 */
package org.portcullis.web.webauthn;
