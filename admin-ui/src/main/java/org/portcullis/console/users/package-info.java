/**
 * The console's users pages: the lazy list of a tenant's users (userName prefix filter and sort in
 * the database, the maintained count) and one user's page (profile, enable and disable, password,
 * roles, groups, second factors, SSO sessions, deletion). Owns no data.
 */
package org.portcullis.console.users;
