/**
 * The directory of each tenant: users, groups, roles and passwords (Argon2id).
 *
 * <p>Owns the tenant-owned entities {@link org.portcullis.directory.User} (with its {@link
 * org.portcullis.directory.UserEmail}s), {@link org.portcullis.directory.Group}, {@link
 * org.portcullis.directory.Role} and the rows that join them ({@link
 * org.portcullis.directory.GroupMember}, {@link org.portcullis.directory.UserRole}, {@link
 * org.portcullis.directory.GroupRole}); the value objects {@link
 * org.portcullis.directory.UserName}, {@link org.portcullis.directory.GroupName}, {@link
 * org.portcullis.directory.RoleName}, {@link org.portcullis.directory.Email} and {@link
 * org.portcullis.directory.Roles} (also the service-account roles of OAuth clients); the services
 * {@link org.portcullis.directory.UserDirectory}, {@link org.portcullis.directory.GroupDirectory}
 * and {@link org.portcullis.directory.RoleDirectory}, which audit every change; and the {@link
 * org.portcullis.directory.Argon2idPasswordHash}. A user's effective roles are its direct roles and
 * its groups' roles, read in one query. Each tenant's password policy is stored as a {@link
 * org.portcullis.directory.TenantPasswordPolicy} and read, changed and enforced through {@link
 * org.portcullis.directory.PasswordPolicies} (the rules themselves are in package {@code
 * password}); {@link org.portcullis.directory.UserDirectory#authenticate} checks a password at
 * sign-in and upgrades outdated hashes. SCIM (package {@code scim}) grows here. Does not own
 * sign-in sessions, the login pages or second factors.
 */
package org.portcullis.directory;
