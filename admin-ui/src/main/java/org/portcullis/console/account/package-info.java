/**
 * The account pages every signed-in user sees: who they are, and their second factors
 * (authenticator app, recovery codes). Security keys arrive with the WebAuthn feature.
 */
package org.portcullis.console.account;
