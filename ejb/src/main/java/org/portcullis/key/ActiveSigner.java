package org.portcullis.key;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;

/** The key a tenant signs with now: its id and algorithm for the JOSE header, and its signer. */
public record ActiveSigner(String kid, JWSAlgorithm algorithm, JWSSigner signer) {}
