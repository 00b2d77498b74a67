package io.aviary.gateway.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An upstream that answers each request with exactly the bytes scripted for its path, for tests about how the
 * proxy frames what it relays. A script ending in {@link #CLOSE} closes the connection after its bytes (a body
 * delimited by the connection's end); any other keeps the connection for the next request.
 */
final class ScriptedUpstream implements AutoCloseable {

  static final String CLOSE = "\u0000close";

  private final ServerSocket server;
  private final Map<String, String> scripts;
  private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();

  ScriptedUpstream(Map<String, String> scriptsByPath) throws IOException {
    this.server = new ServerSocket(0);
    this.scripts = scriptsByPath;
    connections.submit(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.submit(() -> serve(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      while (true) {
        String head = RawHttp.readHead(in);
        if (!head.endsWith("\r\n\r\n")) {
          return;
        }
        String path = head.substring(head.indexOf(' ') + 1, head.indexOf(' ', head.indexOf(' ') + 1));
        String script = scripts.getOrDefault(path, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        boolean close = script.endsWith(CLOSE);
        out.write(script.replace(CLOSE, "").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (IOException gone) {
      // the proxy closed the connection
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    connections.shutdownNow();
  }
}
