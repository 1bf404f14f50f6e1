package org.llamaffm.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's connection limit. The JDK server reads it ({@code jdk.httpserver.maxConnections}) once per JVM, when
 * the first server starts, and Surefire forks a JVM per test class here: this class's one server sets it.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HttpLimitsTest {

    @TempDir
    static Path temp;

    private static final int MAX_CONNECTIONS = 3;

    private static final String HEALTH = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

    @Test
    void pastMaxConnectionsANewConnectionIsNotServedUntilAnOpenOneCloses() throws Exception {
        TestServer.Models models = TestServer.Models.write(temp);
        try (TestServer server = TestServer.start(models, temp, s -> {
            s.models = Set.of("chat");
            s.builder = b -> b.maxConnections(MAX_CONNECTIONS);
        })) {
            int port = server.server.port();
            List<Socket> open = new ArrayList<>();
            try {
                // connections the server has accepted (each served one request) and that stay open, idle
                for (int i = 0; i < MAX_CONNECTIONS; i++) {
                    Socket s = new Socket("127.0.0.1", port);
                    s.setSoTimeout(10_000);
                    open.add(s);
                    assertThat(exchange(s)).startsWith("HTTP/1.1 200");
                }
                // one more: the JDK server accepts it and closes it at once, unserved (it does not queue it), so a
                // client sees a closed connection, and may try again
                for (int i = 0; i < 3; i++) {
                    try (Socket extra = new Socket("127.0.0.1", port)) {
                        extra.setSoTimeout(10_000);
                        assertThat(exchange(extra)).as("try %d", i).isNull();
                    }
                }
                // the open ones are served still
                assertThat(exchange(open.getFirst())).startsWith("HTTP/1.1 200");
                // once one closes, a new connection is served
                open.removeLast().close();
                String served = null;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (served == null && System.nanoTime() < deadline) {
                    try (Socket next = new Socket("127.0.0.1", port)) {
                        next.setSoTimeout(10_000);
                        served = exchange(next);
                    }
                    if (served == null) {
                        Thread.sleep(20); // the server has not seen the close yet
                    }
                }
                assertThat(served).startsWith("HTTP/1.1 200").contains("\"status\":\"ok\"");
            } finally {
                for (Socket s : open) {
                    s.close();
                }
            }
        }
    }

    /**
     * Sends {@code GET /health} on {@code socket} and reads the response's head and body (its Content-Length), or
     * null when the server closed the connection instead of answering.
     */
    private static @Nullable String exchange(Socket socket) throws IOException {
        try {
            socket.getOutputStream().write(HEALTH.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    return head.isEmpty() ? null : head.toString();
                }
                head.append((char) b);
            }
            int length = 0;
            for (String line : head.toString().split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(
                            line.substring("content-length:".length()).strip());
                }
            }
            return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
        } catch (SocketException e) {
            // closed with our request unread: a reset, not a response
            if (String.valueOf(e.getMessage()).contains("reset")
                    || String.valueOf(e.getMessage()).contains("Broken pipe")) {
                return null;
            }
            throw e;
        }
    }
}
