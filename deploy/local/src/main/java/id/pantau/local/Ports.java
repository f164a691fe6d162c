package id.pantau.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Port checks, so that a second stack or a test run fails with a clear message rather than a bind error. */
final class Ports {

    private Ports() {
    }

    static void requireFree(int port, String what) {
        try {
            bind(port).close();
        } catch (IOException e) {
            throw new StartupException("Port " + port + " for " + what + " is already in use"
                    + " (is another local stack running?); stop it or choose other ports");
        }
    }

    /** Distinct free ports: all are held open until every one is chosen, so none is handed out twice. */
    static int[] free(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(bind(0));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find free ports", e);
        } finally {
            sockets.forEach(Ports::closeQuietly);
        }
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        try {
            socket.bind(new InetSocketAddress(Readiness.HOST, port));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // a port we only probed; nothing to clean up
        }
    }
}
