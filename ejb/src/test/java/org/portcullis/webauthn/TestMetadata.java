package org.portcullis.webauthn;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A FIDO Metadata Service of our own for tests: a root CA and a BLOB signer under it, and BLOBs
 * (MDS3 JWTs) signed by it, listing authenticators by AAGUID with a name and a status.
 */
public final class TestMetadata {

  private final KeyPair rootKey = ecKey();

  /** The root that BLOBs chain to. */
  public final X509Certificate root =
      certificate("CN=Test FIDO Root", rootKey, "CN=Test FIDO Root", rootKey, true);

  private final KeyPair signerKey = rsaKey(); // FIDO signs its BLOBs with RS256
  private final X509Certificate signer =
      certificate("CN=Test MDS Signer", signerKey, "CN=Test FIDO Root", rootKey, false);

  /**
   * An authenticator model the BLOB lists, with the roots its attestation chains to (the BLOB's own
   * root when none are given).
   */
  public record Entry(
      String aaguid, String name, String status, List<X509Certificate> attestationRoots) {

    public Entry(String aaguid, String name, String status) {
      this(aaguid, name, status, List.of());
    }
  }

  /** A BLOB numbered {@code serial} listing {@code entries}. */
  public String blob(int serial, List<Entry> entries) {
    StringBuilder list = new StringBuilder();
    for (Entry entry : entries) {
      if (list.length() > 0) {
        list.append(',');
      }
      list.append(
          """
          {"aaguid":"%s","metadataStatement":{"legalHeader":"%s","aaguid":"%s",
          "description":"%s","authenticatorVersion":1,"protocolFamily":"fido2","schema":3,
          "upv":[{"major":1,"minor":0}],"authenticationAlgorithms":["secp256r1_ecdsa_sha256_raw"],
          "publicKeyAlgAndEncodings":["cose"],"attestationTypes":["basic_full"],
          "userVerificationDetails":[[{"userVerificationMethod":"presence_internal"}]],
          "keyProtection":["hardware","secure_element"],"matcherProtection":["on_chip"],
          "attachmentHint":["external","wired"],"tcDisplay":[],
          "attestationRootCertificates":[%s]},
          "statusReports":[{"status":"%s","effectiveDate":"2026-01-01"}],
          "timeOfLastStatusChange":"2026-01-01"}"""
              .formatted(
                  entry.aaguid(),
                  AuthenticatorMetadata.LEGAL_HEADER,
                  entry.aaguid(),
                  entry.name(),
                  (entry.attestationRoots().isEmpty() ? List.of(root) : entry.attestationRoots())
                      .stream()
                          .map(c -> '"' + der(c) + '"')
                          .collect(java.util.stream.Collectors.joining(",")),
                  entry.status()));
    }
    String payload =
        """
        {"legalHeader":"%s","no":%d,"nextUpdate":"%s","entries":[%s]}"""
            .formatted(
                AuthenticatorMetadata.LEGAL_HEADER,
                serial,
                java.time.LocalDate.now().plusDays(30),
                list);
    try {
      JWSObject jws =
          new JWSObject(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .type(JOSEObjectType.JWT)
                  .x509CertChain(List.of(new Base64(der(signer)), new Base64(der(root))))
                  .build(),
              new Payload(payload));
      jws.sign(new RSASSASigner(signerKey.getPrivate()));
      return jws.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The root's CRL (base64 DER): empty, or revoking the BLOB signer. */
  public String crl(boolean revokeSigner) {
    try {
      Instant now = Instant.now();
      var builder =
          new org.bouncycastle.cert.X509v2CRLBuilder(
              new X500Name("CN=Test FIDO Root"), Date.from(now.minus(1, ChronoUnit.HOURS)));
      builder.setNextUpdate(Date.from(now.plus(7, ChronoUnit.DAYS)));
      if (revokeSigner) {
        builder.addCRLEntry(
            signer.getSerialNumber(),
            Date.from(now.minus(1, ChronoUnit.MINUTES)),
            org.bouncycastle.asn1.x509.CRLReason.keyCompromise);
      }
      var crl =
          builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(rootKey.getPrivate()));
      return java.util.Base64.getEncoder().encodeToString(crl.getEncoded());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The root certificate as PEM. */
  public String rootPem() {
    return "-----BEGIN CERTIFICATE-----\n"
        + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(encoded(root))
        + "\n-----END CERTIFICATE-----\n";
  }

  private static byte[] encoded(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String der(X509Certificate certificate) {
    try {
      return java.util.Base64.getEncoder().encodeToString(certificate.getEncoded());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair rsaKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair ecKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate certificate(
      String subject, KeyPair subjectKey, String issuer, KeyPair issuerKey, boolean ca) {
    try {
      Instant now = Instant.now();
      var builder =
          new JcaX509v3CertificateBuilder(
              new X500Name(issuer),
              BigInteger.valueOf(now.toEpochMilli()),
              Date.from(now.minus(1, ChronoUnit.DAYS)),
              Date.from(now.plus(365, ChronoUnit.DAYS)),
              new X500Name(subject),
              subjectKey.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature));
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
