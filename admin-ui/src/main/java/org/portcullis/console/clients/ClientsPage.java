package org.portcullis.console.clients;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.portcullis.client.AuthMethod;
import org.portcullis.client.ClientId;
import org.portcullis.client.ClientMetadata;
import org.portcullis.client.ClientRegistration;
import org.portcullis.client.ClientRegistry;
import org.portcullis.client.GrantType;
import org.portcullis.client.OAuthClient;
import org.portcullis.client.RedirectUri;
import org.portcullis.client.Scope;
import org.portcullis.console.layout.Messages;
import org.portcullis.console.layout.Workspace;
import org.portcullis.lifetime.TokenLifetimePolicies;
import org.portcullis.platform.OAuthException;
import org.portcullis.platform.Page;
import org.portcullis.platform.PageRequest;
import org.portcullis.platform.PortcullisException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A tenant's OAuth clients: listed a page at a time; registered (name, redirect URIs, grants,
 * authentication, scope, access token lifetime, first party) with the new secret shown once;
 * changed; their secret rotated (the new one shown once, the previous one valid for the grace
 * period); deleted. The rules are {@link ClientMetadata}'s; changes are audited by {@link
 * ClientRegistration} with the acting admin.
 */
@Named
@ViewScoped
public class ClientsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The authentication methods offered here (private_key_jwt needs keys: dynamic registration). */
  static final List<AuthMethod> METHODS =
      List.of(AuthMethod.CLIENT_SECRET_BASIC, AuthMethod.CLIENT_SECRET_POST, AuthMethod.NONE);

  @Inject private Workspace workspace;

  @Inject private ClientRegistry registry;

  @Inject private ClientRegistration registration;

  @Inject private TokenLifetimePolicies lifetimes;

  /** A client as the table shows it. */
  public record Row(
      String clientId,
      String name,
      String grants,
      String authMethod,
      String scope,
      List<String> redirectUris,
      boolean confidential)
      implements Serializable {}

  private final Rows rows = new Rows();

  private String editing; // the client id being changed, null while registering a new one

  @Size(max = 255)
  private String name;

  @Size(max = 20 * RedirectUri.MAX_LENGTH)
  private String redirectUris;

  private List<String> grants = new ArrayList<>(List.of(GrantType.AUTHORIZATION_CODE.value()));
  private String authMethod = AuthMethod.CLIENT_SECRET_BASIC.value();

  @Size(max = 2000)
  private String scope = "openid profile email";

  @Min(60)
  @Max(3600)
  private int accessTokenLifetime = (int) OAuthClient.DEFAULT_ACCESS_TOKEN_LIFETIME.toSeconds();

  private boolean firstParty;

  @Min(0)
  @Max(720)
  private int graceHours = (int) ClientRegistration.DEFAULT_GRACE.toHours();

  private String shownClientId;
  private String shownSecret;

  /** Empties the dialog for a new client. */
  public void startNew() {
    editing = null;
    name = null;
    redirectUris = null;
    grants = new ArrayList<>(List.of(GrantType.AUTHORIZATION_CODE.value()));
    authMethod = AuthMethod.CLIENT_SECRET_BASIC.value();
    scope = "openid profile email";
    workspace.enter();
    accessTokenLifetime = (int) lifetimes.current().accessToken().toSeconds();
    firstParty = false;
  }

  /** Fills the dialog with a client's metadata. */
  public void startEdit(Row row) {
    workspace.enter();
    registry
        .find(new ClientId(row.clientId()))
        .ifPresent(
            client -> {
              ClientMetadata metadata = client.metadata();
              editing = row.clientId();
              name = client.clientName();
              redirectUris =
                  metadata.redirectUris().stream()
                      .map(RedirectUri::value)
                      .collect(Collectors.joining("\n"));
              grants = metadata.grantTypes().stream().map(GrantType::value).toList();
              authMethod = metadata.authMethod().value();
              scope = String.join(" ", metadata.scope().tokens());
              accessTokenLifetime = (int) metadata.accessTokenLifetime().toSeconds();
              firstParty = metadata.firstParty();
            });
  }

  /** Registers the dialog's client, or saves the one being changed. */
  public void save() {
    act(
        () -> {
          if (editing == null) {
            ClientRegistration.Registered registered = registration.register(metadata(null));
            shownClientId = registered.client().clientId().value();
            shownSecret = registered.secret();
            return Messages.text("clients.registered", shownClientId);
          }
          ClientMetadata before = registry.find(new ClientId(editing)).orElseThrow().metadata();
          registration.administer(new ClientId(editing), metadata(before));
          shownClientId = null;
          shownSecret = null;
          return Messages.text("clients.saved", editing);
        });
  }

  /** Gives the client a new secret, shown once. */
  public void rotateSecret(String clientId) {
    act(
        () -> {
          shownSecret =
              registration.rotateSecret(new ClientId(clientId), Duration.ofHours(graceHours));
          shownClientId = clientId;
          return Messages.text("clients.rotated", clientId, graceHours);
        });
  }

  public void delete(String clientId) {
    act(
        () -> {
          registration.remove(new ClientId(clientId));
          return Messages.text("clients.deleted", clientId);
        });
  }

  /** Forgets the secret shown. */
  public void hideSecret() {
    shownSecret = null;
    shownClientId = null;
  }

  private ClientMetadata metadata(ClientMetadata before) {
    List<RedirectUri> uris =
        redirectUris == null
            ? List.of()
            : Arrays.stream(redirectUris.split("\\s+"))
                .filter(u -> !u.isBlank())
                .map(RedirectUri::new)
                .toList();
    Set<GrantType> grantTypes = EnumSet.noneOf(GrantType.class);
    grants.forEach(g -> GrantType.fromValue(g).ifPresent(grantTypes::add));
    return new ClientMetadata(
        name == null || name.isBlank() ? null : name.strip(),
        uris,
        before == null ? List.of() : before.postLogoutRedirectUris(),
        grantTypes,
        AuthMethod.fromValue(authMethod).orElse(AuthMethod.CLIENT_SECRET_BASIC),
        Scope.parse(scope == null ? "" : scope.strip()),
        Duration.ofSeconds(accessTokenLifetime),
        before == null ? "JWT" : before.accessTokenJwtTyp(),
        before == null ? "ES256" : before.idTokenSigningAlgorithm(),
        before == null ? List.of() : before.resources(),
        firstParty,
        before == null ? null : before.jwksUri(),
        before == null ? null : before.jwks(),
        before == null ? null : before.backchannelLogoutUri());
  }

  private void act(Supplier<String> change) {
    workspace.enter();
    try {
      Messages.info("user.done", change.get());
    } catch (PortcullisException refused) {
      Messages.refused(refused);
    } catch (OAuthException invalid) {
      // RFC 7591 §3.2.2's rules (invalid_redirect_uri, invalid_client_metadata) say what is wrong.
      Messages.error("clients.malformed", invalid.description());
    } catch (IllegalArgumentException malformed) {
      Messages.error("clients.malformed", malformed.getMessage());
    }
  }

  /** The clients table: pages of {@link ClientRegistry#list}. */
  public class Rows extends LazyDataModel<Row> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      workspace.enter();
      return (int) registry.count();
    }

    @Override
    public List<Row> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      workspace.enter();
      Page<OAuthClient> page = registry.list(new PageRequest(first, Math.min(pageSize, 500)));
      setRowCount((int) page.total());
      return page.items().stream().map(ClientsPage::row).toList();
    }

    @Override
    public String getRowKey(Row row) {
      return row.clientId();
    }
  }

  private static Row row(OAuthClient client) {
    ClientMetadata metadata = client.metadata();
    return new Row(
        client.clientId().value(),
        client.clientName(),
        metadata.grantTypes().stream().map(GrantType::value).collect(Collectors.joining(" ")),
        metadata.authMethod().value(),
        String.join(" ", metadata.scope().tokens()),
        metadata.redirectUris().stream().map(RedirectUri::value).toList(),
        client.isConfidential());
  }

  public Rows getRows() {
    return rows;
  }

  public List<String> getGrantOptions() {
    return Arrays.stream(GrantType.values()).map(GrantType::value).toList();
  }

  public List<String> getMethodOptions() {
    return METHODS.stream().map(AuthMethod::value).toList();
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getRedirectUris() {
    return redirectUris;
  }

  public void setRedirectUris(String redirectUris) {
    this.redirectUris = redirectUris;
  }

  public List<String> getGrants() {
    return grants;
  }

  public void setGrants(List<String> grants) {
    this.grants = grants == null ? new ArrayList<>() : new ArrayList<>(grants);
  }

  public String getAuthMethod() {
    return authMethod;
  }

  public void setAuthMethod(String authMethod) {
    this.authMethod = authMethod;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public int getAccessTokenLifetime() {
    return accessTokenLifetime;
  }

  public void setAccessTokenLifetime(int accessTokenLifetime) {
    this.accessTokenLifetime = accessTokenLifetime;
  }

  public boolean isFirstParty() {
    return firstParty;
  }

  public void setFirstParty(boolean firstParty) {
    this.firstParty = firstParty;
  }

  public int getGraceHours() {
    return graceHours;
  }

  public void setGraceHours(int graceHours) {
    this.graceHours = graceHours;
  }

  public String getShownClientId() {
    return shownClientId;
  }

  public String getShownSecret() {
    return shownSecret;
  }
}
