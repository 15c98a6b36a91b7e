package org.portcullis.it.oidc;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A relying party's endpoints on loopback: a redirect URI that answers a plain page, and a
 * back-channel logout URI that keeps the logout tokens it receives.
 */
public final class RelyingPartyServer implements AutoCloseable {

  private final HttpServer server;
  private final BlockingQueue<String> logoutTokens = new LinkedBlockingQueue<>();

  public RelyingPartyServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/cb",
        exchange -> {
          byte[] body =
              "<!DOCTYPE html><title>Client</title><p id=client>back</p>"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.createContext(
        "/favicon.ico",
        exchange -> {
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.createContext(
        "/backchannel",
        exchange -> {
          String form =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          for (String pair : form.split("&")) {
            if (pair.startsWith("logout_token=")) {
              logoutTokens.add(
                  java.net.URLDecoder.decode(pair.substring(13), StandardCharsets.UTF_8));
            }
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
  }

  public URI redirectUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/cb");
  }

  public URI backChannelUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/backchannel");
  }

  /** The next logout token received, waiting at most {@code wait}; null when none came. */
  public String nextLogoutToken(Duration wait) throws InterruptedException {
    return logoutTokens.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
