/**
 * The platform admins' tenants page: search by id prefix, paging, create, rename and delete. Owns
 * no data.
 */
package org.portcullis.console.tenants;
