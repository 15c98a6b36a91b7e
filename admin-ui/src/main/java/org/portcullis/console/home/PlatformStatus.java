package org.portcullis.console.home;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.portcullis.bootstrap.PlatformStartup;

/** What the landing page shows of the platform, read once per request. */
@Named
@RequestScoped
public class PlatformStatus {

  @EJB private PlatformStartup startup;

  private boolean ready;
  private String schemaVersion;

  @PostConstruct
  void read() {
    ready = startup.isReady();
    schemaVersion = startup.schemaVersion();
  }

  public boolean isReady() {
    return ready;
  }

  public String getSchemaVersion() {
    return schemaVersion;
  }
}
