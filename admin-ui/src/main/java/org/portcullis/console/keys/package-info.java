/** A tenant's signing keys page: list and rotate. Owns no data. */
package org.portcullis.console.keys;
