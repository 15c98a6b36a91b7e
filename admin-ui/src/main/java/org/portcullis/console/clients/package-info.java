/**
 * A tenant's OAuth clients page: register, change, rotate secrets (shown once), delete. Owns no
 * data.
 */
package org.portcullis.console.clients;
