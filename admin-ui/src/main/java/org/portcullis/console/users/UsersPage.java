package org.portcullis.console.users;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.portcullis.console.layout.Messages;
import org.portcullis.console.layout.Workspace;
import org.portcullis.directory.Email;
import org.portcullis.directory.User;
import org.portcullis.directory.UserDirectory;
import org.portcullis.directory.UserName;
import org.portcullis.directory.UserProfile;
import org.portcullis.directory.UserSearch;
import org.portcullis.platform.PortcullisException;

/**
 * The users page: the tenant's users in a lazy table (filter by userName prefix, sort by userName,
 * pages read from the database) and the creation of a user, after which the new user's page opens.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Workspace workspace;

  @Inject private UserSearch search;

  @Inject private UserDirectory users;

  private UserRows rows;

  @NotBlank
  @Size(max = UserName.MAX_LENGTH)
  private String userName;

  @Size(max = UserProfile.MAX_TEXT)
  private String displayName;

  @Size(max = Email.MAX_ADDRESS)
  private String email;

  private String password;

  @PostConstruct
  void open() {
    rows = new UserRows(search, workspace);
  }

  /** Creates the user from the dialog's fields, then opens its page. */
  public void create() throws IOException {
    workspace.enter();
    char[] secret = password == null || password.isEmpty() ? null : password.toCharArray();
    password = null;
    User created;
    try {
      created = users.create(new UserName(userName.strip()), profile(), secret);
    } catch (PortcullisException refused) {
      Messages.refused(refused);
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    Messages.info("users.created", created.userName().value());
    external.redirect(
        external.getRequestContextPath()
            + "/user.xhtml?tenant="
            + URLEncoder.encode(workspace.getTenant(), StandardCharsets.UTF_8)
            + "&id="
            + created.id());
  }

  private UserProfile profile() {
    String name = blankToNull(displayName);
    String address = blankToNull(email);
    return new UserProfile(
        null,
        null,
        null,
        name,
        null,
        address == null ? List.of() : List.of(new Email(address, "work", true)));
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public UserRows getRows() {
    return rows;
  }

  /** The most matches a filtered count reports. */
  public int getCountLimit() {
    return UserSearch.COUNT_LIMIT;
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
