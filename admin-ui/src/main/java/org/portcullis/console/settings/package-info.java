/**
 * A tenant's settings page: display name, password policy and MFA policy, one panel each, read and
 * changed through their ejb services. Owns no data.
 */
package org.portcullis.console.settings;
