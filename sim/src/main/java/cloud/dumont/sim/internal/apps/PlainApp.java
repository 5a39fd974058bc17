package cloud.dumont.sim.internal.apps;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** Any other container port: every path answers the simulated page. */
final class PlainApp implements App {

    private final AppContext ctx;
    private final int port;

    PlainApp(AppContext ctx, int port) {
        this.ctx = ctx;
        this.port = port;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        AppHttp.html(exchange, 200, SimulatedPage.render(AppKind.PLAIN.displayName(), ctx, port, ""));
    }
}
