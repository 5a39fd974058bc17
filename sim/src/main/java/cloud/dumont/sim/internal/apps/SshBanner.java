package cloud.dumont.sim.internal.apps;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;

/**
 * Port 22 of a simulated instance: it accepts TCP and sends an SSH identification banner, which
 * is enough for reachability probes, then hangs up. There is no shell to log in to.
 */
final class SshBanner implements AutoCloseable {

    static final String BANNER = "SSH-2.0-OpenSSH_9.6p1 Dumont-Vast-Simulator (no shell; simulated)\r\n";

    private final ServerSocket socket;

    SshBanner(ExecutorService executor) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        executor.execute(this::acceptLoop);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                OutputStream out = client.getOutputStream();
                out.write(BANNER.getBytes(US_ASCII));
                out.flush();
            } catch (IOException e) {
                // closed while accepting, or the client went away: either way nothing to do
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
