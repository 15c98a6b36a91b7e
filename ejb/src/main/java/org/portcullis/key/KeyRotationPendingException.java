package org.portcullis.key;

import java.time.Instant;
import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/**
 * A rotation was asked for while the algorithm's next key is published and waiting to sign: a
 * second one would only postpone it. An immediate rotation activates the waiting key instead.
 */
public class KeyRotationPendingException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("key-rotation-pending", 409, "A key rotation is pending");

  public KeyRotationPendingException(SigningAlgorithm algorithm, String kid, Instant activatesAt) {
    super(
        TYPE,
        "The next "
            + algorithm
            + " key "
            + kid
            + " is published and signs from "
            + activatesAt
            + "; rotate with immediate to activate it now");
  }
}
