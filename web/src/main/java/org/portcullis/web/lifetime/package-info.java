/** The admin REST boundary of a tenant's token lifetimes ({@code org.portcullis.lifetime}). */
package org.portcullis.web.lifetime;
