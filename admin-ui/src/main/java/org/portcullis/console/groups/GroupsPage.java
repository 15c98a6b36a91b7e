package org.portcullis.console.groups;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.portcullis.console.layout.Messages;
import org.portcullis.console.layout.Workspace;
import org.portcullis.directory.Group;
import org.portcullis.directory.GroupDirectory;
import org.portcullis.directory.GroupName;
import org.portcullis.directory.Role;
import org.portcullis.directory.RoleDirectory;
import org.portcullis.directory.RoleName;
import org.portcullis.platform.Page;
import org.portcullis.platform.PageRequest;
import org.portcullis.platform.PortcullisException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A tenant's groups and roles: both listed a page at a time from the database; groups created and
 * deleted, roles given to and taken from a group (its members hold them), roles created and
 * deleted. Members join groups on the user's page. Every change is audited by the directory's
 * services with the acting admin.
 */
@Named
@ViewScoped
public class GroupsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Workspace workspace;

  @Inject private GroupDirectory groups;

  @Inject private RoleDirectory roles;

  /** A group and the roles it gives its members. */
  public record GroupRow(String id, String name, List<String> roles) implements Serializable {}

  /** A role and what holding it allows. */
  public record RoleRow(String name, String description) implements Serializable {}

  private final GroupRows groupRows = new GroupRows();
  private final RoleRows roleRows = new RoleRows();

  @Size(max = 255)
  private String newGroup;

  @Size(max = 255)
  private String newRole;

  @Size(max = Role.MAX_DESCRIPTION)
  private String newRoleDescription;

  private String selectedGroupId;
  private String selectedGroupName;
  private String roleForGroup;

  public void createGroup() {
    String name = strip(newGroup);
    act(
        () -> {
          groups.create(new GroupName(name), null);
          newGroup = null;
          return Messages.text("groups.created", name);
        });
  }

  public void deleteGroup(GroupRow group) {
    act(
        () -> {
          groups.delete(group.id());
          return Messages.text("groups.deleted", group.name());
        });
  }

  /** Chooses the group whose roles the dialog changes. */
  public void select(GroupRow group) {
    selectedGroupId = group.id();
    selectedGroupName = group.name();
    roleForGroup = null;
  }

  public void assignRole() {
    String name = strip(roleForGroup);
    act(
        () ->
            roles.assignToGroup(new RoleName(name), selectedGroupId)
                ? Messages.text("groups.roleAssigned", name, selectedGroupName)
                : Messages.text("groups.roleHeld", name, selectedGroupName));
  }

  public void unassignRole(GroupRow group, String role) {
    act(
        () -> {
          roles.unassignFromGroup(new RoleName(role), group.id());
          return Messages.text("groups.roleUnassigned", role, group.name());
        });
  }

  public void createRole() {
    String name = strip(newRole);
    act(
        () -> {
          roles.create(new RoleName(name), blankToNull(newRoleDescription));
          newRole = null;
          newRoleDescription = null;
          return Messages.text("roles.created", name);
        });
  }

  public void deleteRole(String name) {
    act(
        () -> {
          roles.delete(new RoleName(name));
          return Messages.text("roles.deleted", name);
        });
  }

  private void act(Supplier<String> change) {
    workspace.enter();
    try {
      Messages.info("user.done", change.get());
    } catch (PortcullisException refused) {
      Messages.refused(refused);
    }
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The groups table: pages of {@link GroupDirectory#list}, with their roles in one query. */
  public class GroupRows extends LazyDataModel<GroupRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      workspace.enter();
      return (int) groups.count();
    }

    @Override
    public List<GroupRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      workspace.enter();
      Page<Group> page = groups.list(new PageRequest(first, Math.min(pageSize, 500)));
      setRowCount((int) page.total());
      List<String> ids = page.items().stream().map(Group::id).toList();
      Map<String, List<String>> held = roles.groupRoles(ids);
      return page.items().stream()
          .map(
              g ->
                  new GroupRow(
                      g.id(), g.displayName().value(), held.getOrDefault(g.id(), List.of())))
          .toList();
    }

    @Override
    public String getRowKey(GroupRow row) {
      return row.id();
    }
  }

  /** The roles table: pages of {@link RoleDirectory#list}. */
  public class RoleRows extends LazyDataModel<RoleRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      workspace.enter();
      return (int) roles.list(new PageRequest(0, 1)).total();
    }

    @Override
    public List<RoleRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      workspace.enter();
      Page<Role> page = roles.list(new PageRequest(first, Math.min(pageSize, 500)));
      setRowCount((int) page.total());
      return page.items().stream()
          .map(r -> new RoleRow(r.name().value(), r.description().orElse("")))
          .toList();
    }

    @Override
    public String getRowKey(RoleRow row) {
      return row.name();
    }
  }

  public GroupRows getGroupRows() {
    return groupRows;
  }

  public RoleRows getRoleRows() {
    return roleRows;
  }

  public String getNewGroup() {
    return newGroup;
  }

  public void setNewGroup(String newGroup) {
    this.newGroup = newGroup;
  }

  public String getNewRole() {
    return newRole;
  }

  public void setNewRole(String newRole) {
    this.newRole = newRole;
  }

  public String getNewRoleDescription() {
    return newRoleDescription;
  }

  public void setNewRoleDescription(String newRoleDescription) {
    this.newRoleDescription = newRoleDescription;
  }

  public String getSelectedGroupName() {
    return selectedGroupName;
  }

  public String getRoleForGroup() {
    return roleForGroup;
  }

  public void setRoleForGroup(String roleForGroup) {
    this.roleForGroup = roleForGroup;
  }
}
