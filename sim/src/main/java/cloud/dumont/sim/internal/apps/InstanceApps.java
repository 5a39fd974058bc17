package cloud.dumont.sim.internal.apps;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Opens the loopback listeners of a running instance: an HTTP app per TCP port, an SSH banner on
 * 22, a held socket per UDP port. An instance whose app never answers still gets port numbers,
 * reserved and released at once, so its {@code ports} look normal while connections are refused.
 */
public final class InstanceApps {

    private final ExecutorService executor;

    public InstanceApps(ExecutorService executor) {
        this.executor = executor;
    }

    public OpenPorts open(AppContext ctx, List<PortSpec> ports, boolean serve) {
        OpenPorts open = new OpenPorts();
        try {
            for (PortSpec spec : ports) {
                if (!serve) {
                    open.add(spec, unusedPort(), null);
                } else if (spec.protocol().equals("udp")) {
                    DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                    open.add(spec, socket.getLocalPort(), socket);
                } else if (spec.containerPort() == 22) {
                    SshBanner banner = new SshBanner(executor);
                    open.add(spec, banner.port(), banner);
                } else {
                    HttpServer server = httpServer(app(ctx, spec.containerPort()));
                    open.add(spec, server.getAddress().getPort(), () -> server.stop(0));
                }
            }
            return open;
        } catch (IOException e) {
            open.close();
            throw new UncheckedIOException("cannot open a loopback port for instance " + ctx.instanceId(), e);
        }
    }

    private App app(AppContext ctx, int port) {
        return switch (AppKind.forPort(port, ctx.image(), ctx.vastJupyterToken() != null)) {
            case JUPYTER -> new JupyterApp(ctx, port);
            case COMFYUI -> new ComfyUiApp(ctx, port);
            case SD_WEBUI -> new SdWebUiApp(ctx, port);
            case VLLM -> new VllmApp(ctx, port);
            case PLAIN -> new PlainApp(ctx, port);
        };
    }

    private HttpServer httpServer(App app) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(executor);
        server.createContext("/", exchange -> serve(app, exchange));
        server.start();
        return server;
    }

    private static void serve(App app, HttpExchange exchange) throws IOException {
        try {
            app.handle(exchange);
        } catch (RuntimeException e) {
            AppHttp.text(exchange, 500, "text/plain; charset=utf-8", "simulated app error");
        }
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
