package org.portcullis.console.keys;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.portcullis.console.layout.Messages;
import org.portcullis.console.layout.Workspace;
import org.portcullis.key.KeyRotation;
import org.portcullis.key.SigningAlgorithm;
import org.portcullis.key.SigningKey;
import org.portcullis.key.SigningKeys;
import org.portcullis.platform.PortcullisException;

/**
 * A tenant's signing keys: every key with its status (waiting, active, retired) and dates, and a
 * rotation of one algorithm's ring, either after the publication delay or at once (a suspected
 * compromise), confirmed first. Rotations are audited by {@link KeyRotation}.
 */
@Named
@ViewScoped
public class KeysPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Workspace workspace;

  @Inject private SigningKeys keys;

  @Inject private KeyRotation rotation;

  /** One key as the table shows it. */
  public record Row(
      String kid,
      String algorithm,
      String status,
      Instant activatesAt,
      Instant retiresAt,
      Instant expiresAt)
      implements Serializable {}

  private List<Row> rows = List.of();
  private SigningAlgorithm algorithm = SigningAlgorithm.DEFAULT;
  private boolean immediate;

  @PostConstruct
  void open() {
    read();
  }

  private void read() {
    workspace.enter();
    Instant now = Clock.systemUTC().instant();
    rows = keys.list().stream().map(k -> row(k, now)).toList();
  }

  private static Row row(SigningKey key, Instant now) {
    return new Row(
        key.kid(),
        key.signingAlgorithm().name(),
        key.statusAt(now).name(),
        key.activatesAt(),
        key.retiresAt().orElse(null),
        key.expiresAt().orElse(null));
  }

  /** Rotates the chosen algorithm's ring. */
  public void rotate() {
    workspace.enter();
    try {
      SigningKey next = rotation.rotate(algorithm, immediate);
      Messages.info(immediate ? "keys.rotatedNow" : "keys.rotated", next.kid());
    } catch (PortcullisException refused) {
      Messages.refused(refused);
    }
    immediate = false;
    read();
  }

  public List<Row> getRows() {
    return rows;
  }

  public SigningAlgorithm[] getAlgorithms() {
    return SigningAlgorithm.values();
  }

  public SigningAlgorithm getAlgorithm() {
    return algorithm;
  }

  public void setAlgorithm(SigningAlgorithm algorithm) {
    this.algorithm = algorithm;
  }

  public boolean isImmediate() {
    return immediate;
  }

  public void setImmediate(boolean immediate) {
    this.immediate = immediate;
  }
}
