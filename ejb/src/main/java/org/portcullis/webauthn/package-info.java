/**
 * Security keys and passkeys (WebAuthn), verified by Yubico's java-webauthn-server.
 *
 * <p>Owns the users' credentials ({@link org.portcullis.webauthn.SecurityKey}, behind Yubico's
 * {@code CredentialRepository}), the ceremonies in flight ({@link
 * org.portcullis.webauthn.Ceremony}, in the database so that any node completes them, single use,
 * five minutes), the tenant's WebAuthn policy ({@link org.portcullis.webauthn.WebAuthnPolicies}: RP
 * id and origins, user verification, attachment, synced passkeys, attestation with AAGUID allow and
 * block lists) and the FIDO Metadata Service BLOB a platform admin uploads ({@link
 * org.portcullis.webauthn.AuthenticatorMetadata}). Does not own the sign-in flow ({@code
 * authorize}) nor the MFA policy ({@code mfa}).
 */
package org.portcullis.webauthn;
