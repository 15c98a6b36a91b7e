package org.portcullis.it.postgres;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A load balancer for tests, on loopback: each request goes to the next node in turn, as it came
 * (method, target, headers with {@code Host} and cookies, body), and the node's answer goes back
 * byte for byte (status, {@code Set-Cookie}, {@code Location}: no redirect is followed). It keeps
 * its own log of which node served which request.
 *
 * <p>Two rules mirror the documented nginx in front of two nodes (docker/nginx.conf) or make the
 * rotation predictable:
 *
 * <ul>
 *   <li>{@code /console} stays on one node (nginx pins it by client address): the console's HTTP
 *       session is not shared between nodes.
 *   <li>Static assets (the hosted pages' stylesheet and script, the favicon, Faces resources) go to
 *       the next node without taking its turn. They hold no state; without the rule, whether a page
 *       and the form it posts reach the same node would depend on what the browser had cached.
 * </ul>
 *
 * <p>One request per connection: the proxy asks each node to close after its answer and passes that
 * on, so the browser opens a new connection, and so may reach the other node, for every request.
 * Request bodies must have a {@code Content-Length} (browsers' form posts and XHRs have one).
 */
final class RoundRobinProxy implements AutoCloseable {

  /** One request as the proxy passed it on: the node's index, the request line, the status. */
  record Exchange(int node, String method, String target, int status) {

    /** The target without its query. */
    String path() {
      int query = target.indexOf('?');
      return query < 0 ? target : target.substring(0, query);
    }

    @Override
    public String toString() {
      return "node " + node + ": " + method + " " + path() + " -> " + status;
    }
  }

  private static final int MAX_HEAD = 64 * 1024;
  private static final Set<String> HOP_BY_HOP =
      Set.of("connection", "keep-alive", "proxy-connection", "te", "upgrade");
  private static final byte[] END_OF_HEAD = {'\r', '\n', '\r', '\n'};

  private final ServerSocket server;
  private final List<InetSocketAddress> nodes;
  private final ExecutorService workers;
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
  private int turn;

  private RoundRobinProxy(ServerSocket server, List<InetSocketAddress> nodes) {
    this.server = server;
    this.nodes = List.copyOf(nodes);
    this.workers =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "round-robin-proxy");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Listens on loopback {@code port} and passes requests to {@code nodes} in turn. */
  static RoundRobinProxy start(int port, List<URI> nodes) throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    RoundRobinProxy proxy =
        new RoundRobinProxy(
            server,
            nodes.stream().map(n -> new InetSocketAddress(n.getHost(), n.getPort())).toList());
    proxy.workers.execute(proxy::accept);
    return proxy;
  }

  /** The public base URL, on {@code localhost} (the RP id of WebAuthn cannot be an IP address). */
  URI base() {
    return URI.create("http://localhost:" + server.getLocalPort());
  }

  /** Sends the next request that takes a turn to {@code node}; the rotation goes on from there. */
  synchronized void nextTo(int node) {
    turn = node;
  }

  /** Every request passed on so far, in the order the nodes answered. */
  List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  @Override
  public void close() throws IOException {
    server.close();
    workers.shutdownNow();
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        workers.execute(() -> serve(client));
      } catch (SocketException closed) {
        return;
      } catch (IOException e) {
        System.out.println("Proxy: accept failed: " + e);
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      client.setSoTimeout(60_000);
      InputStream in = client.getInputStream();
      byte[] head = readHead(in);
      if (head == null) {
        return; // the browser opened a connection it did not use
      }
      List<String> lines = lines(head);
      String[] requestLine = lines.get(0).split(" ", 3);
      if (header(lines, "transfer-encoding") != null) {
        answer(client.getOutputStream(), 501, "chunked request bodies are not supported");
        return;
      }
      String length = header(lines, "content-length");
      byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length.trim()));
      int node = nodeFor(requestLine[1]);
      int status = forward(nodes.get(node), lines, body, client.getOutputStream());
      exchanges.add(new Exchange(node, requestLine[0], requestLine[1], status));
    } catch (IOException e) {
      System.out.println("Proxy: " + e);
    }
  }

  private synchronized int nodeFor(String target) {
    if (target.startsWith("/console")) {
      return 0;
    }
    int node = turn % nodes.size();
    if (!isStaticAsset(target)) {
      turn++;
    }
    return node;
  }

  private static boolean isStaticAsset(String target) {
    return target.startsWith("/assets/")
        || target.startsWith("/favicon.ico")
        || target.contains("/jakarta.faces.resource/");
  }

  /** Sends the request to {@code node} and copies its answer; returns the answer's status. */
  private static int forward(
      InetSocketAddress node, List<String> lines, byte[] body, OutputStream client)
      throws IOException {
    try (Socket upstream = new Socket(node.getAddress(), node.getPort())) {
      upstream.setSoTimeout(60_000);
      StringBuilder request = new StringBuilder(lines.get(0)).append("\r\n");
      for (String line : lines.subList(1, lines.size())) {
        String name = line.substring(0, Math.max(0, line.indexOf(':'))).trim();
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
          request.append(line).append("\r\n");
        }
      }
      request.append("Connection: close\r\n\r\n");
      OutputStream out = upstream.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();

      InputStream answer = upstream.getInputStream();
      byte[] head = readHead(answer);
      if (head == null) {
        answer(client, 502, "the node closed the connection without answering");
        return 502;
      }
      client.write(head);
      answer.transferTo(client);
      client.flush();
      return Integer.parseInt(lines(head).get(0).split(" ", 3)[1]);
    }
  }

  /** The bytes up to and including the empty line after the headers; null at a clean EOF. */
  private static byte[] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < END_OF_HEAD.length) {
      int b = in.read();
      if (b < 0) {
        if (head.size() == 0) {
          return null;
        }
        throw new IOException("The head ended early: " + head);
      }
      head.write(b);
      matched = b == END_OF_HEAD[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      if (head.size() > MAX_HEAD) {
        throw new IOException("A head longer than " + MAX_HEAD + " bytes");
      }
    }
    return head.toByteArray();
  }

  /** The head's lines, without the empty last one. */
  private static List<String> lines(byte[] head) {
    String text = new String(head, StandardCharsets.ISO_8859_1);
    List<String> lines = new ArrayList<>(List.of(text.split("\r\n")));
    lines.removeIf(String::isEmpty);
    return lines;
  }

  private static String header(List<String> lines, String name) {
    for (String line : lines.subList(1, lines.size())) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return null;
  }

  private static void answer(OutputStream client, int status, String reason) {
    try {
      byte[] text = reason.getBytes(StandardCharsets.UTF_8);
      client.write(
          ("HTTP/1.1 "
                  + status
                  + " Proxy\r\nContent-Type: text/plain\r\nContent-Length: "
                  + text.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      client.write(text);
      client.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
