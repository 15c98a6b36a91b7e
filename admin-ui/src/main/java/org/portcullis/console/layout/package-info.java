/**
 * What every console page shares: the layout template's workspace (the tenant a page works in, the
 * acting admin for the audit trail, the platform admins' tenant switcher), Faces messages from the
 * bundle, and the security headers with the Content Security Policy. Owns no data.
 */
package org.portcullis.console.layout;
