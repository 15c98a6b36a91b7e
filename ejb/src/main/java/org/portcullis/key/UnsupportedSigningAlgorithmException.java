package org.portcullis.key;

import org.portcullis.platform.PortcullisException;
import org.portcullis.platform.ProblemType;

/** A signing algorithm the platform does not offer (it offers ES256 and RS256). */
public class UnsupportedSigningAlgorithmException extends PortcullisException {

  private static final long serialVersionUID = 1L;

  public static final ProblemType TYPE =
      new ProblemType("unsupported-signing-algorithm", 400, "Unsupported signing algorithm");

  public UnsupportedSigningAlgorithmException(String alg) {
    super(TYPE, "Keys are offered for ES256 and RS256, not " + abbreviate(alg));
  }

  private static String abbreviate(String alg) {
    if (alg == null) {
      return "null";
    }
    return alg.length() > 16 ? alg.substring(0, 16) + "..." : alg;
  }
}
