package org.townreform.gateway.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP server that accepts every connection, reads nothing and answers nothing: a service that hangs. One per test JVM
 * (its port kept in a system property, which every class loader sees); a daemon thread, gone with the JVM.
 */
public final class HangingServer {
    private static final String PORT = E2eServices.PREFIX + "hanging.port";
    /** Held so the accepted connections stay open (and unanswered) until the JVM exits. */
    private static final List<Socket> HELD = new CopyOnWriteArrayList<>();

    private HangingServer() {
    }

    public static synchronized String url() {
        String port = System.getProperty(PORT);
        if (port == null) {
            try {
                ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                Thread t = new Thread(() -> {
                    while (true) {
                        try {
                            HELD.add(server.accept());
                        } catch (IOException e) {
                            return;
                        }
                    }
                }, "e2e-hanging-server");
                t.setDaemon(true);
                t.start();
                port = Integer.toString(server.getLocalPort());
                System.setProperty(PORT, port);
            } catch (IOException e) {
                throw new IllegalStateException("cannot open the hanging server", e);
            }
        }
        return "http://127.0.0.1:" + port;
    }
}
