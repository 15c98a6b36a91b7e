/**
 * Directory boundaries: a tenant admin's API over the tenant's password policy ({@code
 * /t/{tenant}/admin/password-policy}). The rules live in {@link
 * org.portcullis.directory.PasswordPolicies}; these classes parse and map.
 */
package org.portcullis.web.directory;
