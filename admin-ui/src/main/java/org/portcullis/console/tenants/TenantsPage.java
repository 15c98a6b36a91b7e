package org.portcullis.console.tenants;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.portcullis.console.layout.Messages;
import org.portcullis.console.layout.Workspace;
import org.portcullis.platform.PortcullisException;
import org.portcullis.tenant.Tenant;
import org.portcullis.tenant.TenantId;
import org.portcullis.tenant.TenantRegistry;
import org.portcullis.tenant.TenantScope;

/**
 * The platform admins' tenants page: tenants found by id prefix, a page at a time; create, rename
 * (the tenant's settings), disable or enable, and delete with confirmation. Changes are audited in
 * the tenants' trails and in {@code system}'s, with the acting admin.
 */
@Named
@ViewScoped
public class TenantsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Workspace workspace;

  @Inject private TenantRegistry registry;

  @Inject private TenantScope scope;

  private TenantRows rows;

  @NotBlank
  @Pattern(regexp = "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", message = "{tenants.idInvalid}")
  private String newId;

  @NotBlank
  @Size(max = Tenant.MAX_DISPLAY_NAME)
  private String newDisplayName;

  private String selectedId;

  @NotBlank
  @Size(max = Tenant.MAX_DISPLAY_NAME)
  private String selectedDisplayName;

  @PostConstruct
  void open() {
    rows = new TenantRows(registry, scope);
  }

  /** Creates a tenant with its own issuer and signing key. */
  public void create() {
    enterSystem();
    try {
      registry.create(new TenantId(newId.strip()), newDisplayName);
      Messages.info("tenants.created", newId.strip());
      newId = null;
      newDisplayName = null;
    } catch (PortcullisException refused) {
      Messages.refused(refused);
    }
  }

  /** Chooses the tenant whose settings the dialog edits. */
  public void select(Tenant tenant) {
    selectedId = tenant.id().value();
    selectedDisplayName = tenant.displayName();
  }

  /** Saves the selected tenant's display name. */
  public void saveSettings() {
    enterSystem();
    try {
      registry.rename(new TenantId(selectedId), selectedDisplayName);
      Messages.info("tenants.saved", selectedId);
    } catch (PortcullisException refused) {
      Messages.refused(refused);
    }
  }

  /** Disables a tenant: its issuer answers 404 until it is enabled again. */
  public void disable(String id) {
    changeStatus(id, false, "tenants.disabled");
  }

  /** Lets a disabled tenant serve again. */
  public void enable(String id) {
    changeStatus(id, true, "tenants.enabled");
  }

  private void changeStatus(String id, boolean enabled, String done) {
    enterSystem();
    try {
      registry.changeStatus(new TenantId(id), enabled);
      Messages.info(done, id);
    } catch (PortcullisException refused) {
      Messages.refused(refused);
    }
  }

  /** Deletes a tenant and everything it owns. */
  public void delete(String id) {
    enterSystem();
    try {
      registry.delete(new TenantId(id));
      Messages.info("tenants.deleted", id);
    } catch (PortcullisException refused) {
      Messages.refused(refused);
    }
  }

  private void enterSystem() {
    workspace.enter();
    scope.enter(TenantId.SYSTEM);
  }

  public TenantRows getRows() {
    return rows;
  }

  public String getNewId() {
    return newId;
  }

  public void setNewId(String newId) {
    this.newId = newId;
  }

  public String getNewDisplayName() {
    return newDisplayName;
  }

  public void setNewDisplayName(String newDisplayName) {
    this.newDisplayName = newDisplayName;
  }

  public String getSelectedId() {
    return selectedId;
  }

  public String getSelectedDisplayName() {
    return selectedDisplayName;
  }

  public void setSelectedDisplayName(String selectedDisplayName) {
    this.selectedDisplayName = selectedDisplayName;
  }
}
