package org.portcullis.token;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** How the user signed in ({@link SignIn}), as codes and refresh tokens store it. */
@Embeddable
public class SignInColumns {

  @Column(name = "session_id", nullable = false, length = 36)
  private String sessionId;

  @Column(name = "auth_time", nullable = false)
  private OffsetDateTime authTime;

  @Column(name = "amr", nullable = false)
  private String amr;

  @Column(name = "acr", nullable = false)
  private String acr;

  protected SignInColumns() {}

  SignInColumns(SignIn signIn) {
    this.sessionId = signIn.sessionId();
    this.authTime = signIn.authTime().atOffset(ZoneOffset.UTC);
    this.amr = SignIn.join(signIn.amr());
    this.acr = signIn.acr();
  }

  SignIn signIn() {
    return new SignIn(sessionId, authTime.toInstant(), SignIn.split(amr), acr);
  }
}
