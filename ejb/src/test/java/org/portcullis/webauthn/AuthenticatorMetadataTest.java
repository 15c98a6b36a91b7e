package org.portcullis.webauthn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.yubico.fido.metadata.MetadataBLOB;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthenticatorMetadataTest {

  private static final String AAGUID = "cb69481e-8ff7-4039-93ec-0a2729a154a8";

  @Test
  void aBlobSignedUnderTheTrustRootVerifies() {
    TestMetadata mds = new TestMetadata();
    MetadataBLOB blob =
        AuthenticatorMetadata.verify(
            mds.blob(7, List.of(new TestMetadata.Entry(AAGUID, "Test Key 5", "FIDO_CERTIFIED"))),
            mds.root,
            List.of(mds.crl(false)));
    assertEquals(7, blob.getPayload().getNo());
    assertEquals(1, blob.getPayload().getEntries().size());
  }

  @Test
  void aBlobUnderAnotherRootIsRefused() {
    TestMetadata mds = new TestMetadata();
    TestMetadata impostor = new TestMetadata();
    String blob = impostor.blob(1, List.of(new TestMetadata.Entry(AAGUID, "Fake", "REVOKED")));
    var refused =
        assertThrows(
            InvalidAuthenticatorMetadataException.class,
            () -> AuthenticatorMetadata.verify(blob, mds.root, List.of(mds.crl(false))));
    assertTrue(refused.getMessage().startsWith("The BLOB does not verify"), refused.getMessage());
  }

  @Test
  void aTamperedBlobIsRefused() {
    TestMetadata mds = new TestMetadata();
    String blob = mds.blob(1, List.of(new TestMetadata.Entry(AAGUID, "Key", "FIDO_CERTIFIED")));
    String[] parts = blob.split("\\.");
    String payload =
        new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
            .replace("FIDO_CERTIFIED", "REVOKED");
    String tampered =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
            + "."
            + parts[2];
    assertThrows(
        InvalidAuthenticatorMetadataException.class,
        () -> AuthenticatorMetadata.verify(tampered, mds.root, List.of(mds.crl(false))));
  }

  @Test
  void aBlobWhoseSignerWasRevokedOrWhoseRevocationIsUnknownIsRefused() {
    TestMetadata mds = new TestMetadata();
    String blob = mds.blob(1, List.of(new TestMetadata.Entry(AAGUID, "Key", "FIDO_CERTIFIED")));
    var revoked =
        assertThrows(
            InvalidAuthenticatorMetadataException.class,
            () -> AuthenticatorMetadata.verify(blob, mds.root, List.of(mds.crl(true))));
    assertTrue(revoked.getMessage().contains("revoked"), revoked.getMessage());
    var unknown =
        assertThrows(
            InvalidAuthenticatorMetadataException.class,
            () -> AuthenticatorMetadata.verify(blob, mds.root, List.of()));
    assertTrue(unknown.getMessage().contains("revocation"), unknown.getMessage());
  }

  @Test
  void theBundledRootIsTheFidoAlliances() throws Exception {
    var root =
        (java.security.cert.X509Certificate)
            java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    AuthenticatorMetadata.class.getResourceAsStream("fido-mds-root.crt"));
    assertTrue(root.getSubjectX500Principal().getName().contains("GlobalSign Root CA - R3"));
  }
}
