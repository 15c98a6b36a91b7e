/**
 * The client registration boundary: RFC 7591 dynamic registration at {@code {issuer}/register} (an
 * admin's initial access token), RFC 7592 management at {@code {issuer}/register/{client_id}} (the
 * client's registration access token), and the tenant admin's secret rotation. Translates JSON
 * client metadata to {@code client.ClientMetadata} and back; the rules live in {@code client}.
 */
package org.portcullis.web.client;
