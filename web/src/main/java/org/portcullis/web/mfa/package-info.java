/** The admin REST boundary of the MFA policy ({@code org.portcullis.mfa}). */
package org.portcullis.web.mfa;
