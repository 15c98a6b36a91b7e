/**
 * The directory: users, their roles and their passwords (Argon2id).
 *
 * <p>Owns {@link org.portcullis.directory.User} (tenant-owned), {@link
 * org.portcullis.directory.Roles} and the {@link org.portcullis.directory.Argon2idPasswordHash}.
 * Groups, SCIM and password policy grow here. Does not own sign-in sessions or second factors.
 */
package org.portcullis.directory;
