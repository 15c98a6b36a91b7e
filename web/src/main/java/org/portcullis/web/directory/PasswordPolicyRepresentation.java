package org.portcullis.web.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.portcullis.directory.password.PasswordPolicy;

/**
 * A tenant's password policy in JSON. In a {@code PUT}, a member left out takes its default (the
 * body replaces the whole policy).
 */
@Schema(name = "PasswordPolicy", description = "NIST SP 800-63B password rules of a tenant")
public record PasswordPolicyRepresentation(
    @Schema(description = "Fewest characters (Unicode code points), at least 8", example = "8")
        Integer minLength,
    @Schema(description = "Most characters, 64 to 1024", example = "64") Integer maxLength,
    @Schema(description = "Whether common (breached) passwords are refused", example = "true")
        Boolean blocklist) {

  static PasswordPolicyRepresentation of(PasswordPolicy policy) {
    return new PasswordPolicyRepresentation(
        policy.minLength(), policy.maxLength(), policy.blocklist());
  }

  /**
   * The policy this body asks for, defaults filled in.
   *
   * @throws org.portcullis.directory.password.InvalidPasswordPolicyException when NIST forbids it
   */
  PasswordPolicy toPolicy() {
    PasswordPolicy defaults = PasswordPolicy.NIST_DEFAULT;
    return new PasswordPolicy(
        minLength == null ? defaults.minLength() : minLength,
        maxLength == null ? defaults.maxLength() : maxLength,
        blocklist == null ? defaults.blocklist() : blocklist);
  }
}
