/**
 * Second factors other than security keys, and the tenant's MFA policy.
 *
 * <p>Owns TOTP authenticators ({@link org.portcullis.mfa.TotpFactors}, RFC 6238, secrets sealed
 * with the master key), recovery codes ({@link org.portcullis.mfa.RecoveryCodes}, hashed, single
 * use), the policy ({@link org.portcullis.mfa.MfaPolicies}: off, optional, required for everyone or
 * for roles) and what a sign-in needs after the password ({@link
 * org.portcullis.mfa.SecondFactors}). Does not own the sign-in flow ({@code authorize}) nor
 * security keys ({@code webauthn}).
 */
package org.portcullis.mfa;
