package org.portcullis.console.webauthn;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.portcullis.console.layout.Messages;
import org.portcullis.console.layout.Workspace;
import org.portcullis.directory.User;
import org.portcullis.directory.UserDirectory;
import org.portcullis.directory.UserName;
import org.portcullis.platform.Page;
import org.portcullis.platform.PageRequest;
import org.portcullis.platform.PortcullisException;
import org.portcullis.webauthn.AuthenticatorMetadata;
import org.portcullis.webauthn.SecurityKey;
import org.portcullis.webauthn.SecurityKeys;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The tenant's passkey inventory for its admins: every security key and passkey, newest first, a
 * page at a time from the database, with the authenticator's name and status from the FIDO Metadata
 * Service, its attestation and backup flags; filtered to one user by user name (in the query);
 * remove one, or remove a user's keys and have the user enroll a new one.
 */
@Named
@ViewScoped
public class PasskeyInventoryPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Workspace workspace;

  @Inject private SecurityKeys keys;

  @Inject private AuthenticatorMetadata metadata;

  @Inject private UserDirectory users;

  private Rows rows;

  /** The field of the user column's filter: a user name, matched exactly. */
  static final String USER_NAME = "userName";

  /** A key as the inventory lists it. */
  public record Row(
      String id,
      String userId,
      String userName,
      String nickname,
      String authenticator,
      String status,
      String attestation,
      boolean synced,
      boolean backedUp,
      String created,
      String lastUsed,
      boolean flagged)
      implements Serializable {}

  @PostConstruct
  void open() {
    rows = new Rows();
  }

  public void remove(Row row) {
    workspace.enter();
    try {
      keys.removeByAdmin(row.id());
      Messages.info("inventory.removed", row.nickname(), row.userName());
    } catch (PortcullisException refused) {
      Messages.refused(refused);
    }
  }

  public void requireReenrollment(Row row) {
    workspace.enter();
    keys.requireReenrollment(row.userId());
    Messages.info("inventory.reenrollment", row.userName());
  }

  public Rows getRows() {
    return rows;
  }

  /** The lazy model: each page is one paged database query. */
  public class Rows extends LazyDataModel<Row> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      workspace.enter();
      Optional<String> user = userFilter(filterBy);
      return user.isPresent() && user.get().isEmpty() ? 0 : (int) keys.count(user.orElse(null));
    }

    @Override
    public List<Row> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      workspace.enter();
      Optional<String> user = userFilter(filterBy);
      if (user.isPresent() && user.get().isEmpty()) {
        setRowCount(0);
        return List.of();
      }
      Page<SecurityKey> page =
          keys.inventory(
              user.orElse(null), new PageRequest(first, Math.min(pageSize, PageRequest.MAX_LIMIT)));
      setRowCount((int) page.total());
      var described = metadata.describeAll(page.items().stream().map(SecurityKey::aaguid).toList());
      return page.items().stream().map(k -> row(k, described.get(k.aaguid()))).toList();
    }

    @Override
    public String getRowKey(Row row) {
      return row.id();
    }

    @Override
    public Row getRowData(String rowKey) {
      return getWrappedData() == null
          ? null
          : getWrappedData().stream().filter(r -> r.id().equals(rowKey)).findFirst().orElse(null);
    }
  }

  /**
   * The user id the filter names: empty when there is no filter, an empty id when the name is no
   * user of the tenant (nothing matches).
   */
  private Optional<String> userFilter(Map<String, FilterMeta> filterBy) {
    FilterMeta filter = filterBy == null ? null : filterBy.get(USER_NAME);
    Object value = filter == null ? null : filter.getFilterValue();
    if (value == null || value.toString().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          users.findByUserName(new UserName(value.toString().strip())).map(User::id).orElse(""));
    } catch (RuntimeException notAUserName) {
      return Optional.of("");
    }
  }

  private Row row(SecurityKey key, AuthenticatorMetadata.Authenticator known) {
    return new Row(
        key.id(),
        key.userId(),
        users.find(key.userId()).map(u -> u.userName().value()).orElse(key.userId()),
        key.nickname(),
        known.name().or(key::authenticatorName).orElse(Messages.text("inventory.unknown")),
        known.status().map(Enum::name).orElse("—"),
        key.attestation().name(),
        key.backupEligible(),
        key.backupState(),
        key.createdAt().toString(),
        key.lastUsedAt().map(Object::toString).orElse(Messages.text("inventory.never")),
        key.flaggedAt().isPresent());
  }
}
