/**
 * The OpenID Connect endpoints a browser or a client meets: authorization, the hosted sign-in and
 * consent pages, end-session and userinfo. Only boundaries: they read cookies and parameters, call
 * {@code org.portcullis.authorize} or {@code org.portcullis.token}, and render the answer (HTML
 * pages from templates and {@code Messages.properties}, redirects, JSON).
 */
package org.portcullis.web.authorize;
