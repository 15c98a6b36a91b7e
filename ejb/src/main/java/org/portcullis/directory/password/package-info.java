/**
 * The password policy of a tenant, after NIST SP 800-63B §5.1.1.2 (memorized secret verifiers).
 *
 * <p>Owns {@link org.portcullis.directory.password.PasswordPolicy} (minimum and maximum length,
 * whether the blocklist applies), the result of checking a prospective password against it ({@link
 * org.portcullis.directory.password.PasswordCheck}), the context that the check compares it with
 * ({@link org.portcullis.directory.password.PasswordContext}) and the blocklist of common passwords
 * shipped in the jar ({@link org.portcullis.directory.password.CommonPasswords}).
 *
 * <p>Pure Java: no persistence, no CDI, no HTTP. Does not own where a tenant's policy is stored,
 * hashing ({@link org.portcullis.directory.Argon2idPasswordHash}), sign-in, rate limiting or breach
 * look-ups over the network. There are no composition rules here and there never will be (§5.1.1.2:
 * verifiers SHOULD NOT impose them).
 */
package org.portcullis.directory.password;
