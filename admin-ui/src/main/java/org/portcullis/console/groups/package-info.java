/** A tenant's groups and roles page: list, create, delete, roles of groups. Owns no data. */
package org.portcullis.console.groups;
