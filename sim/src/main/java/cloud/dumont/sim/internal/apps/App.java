package cloud.dumont.sim.internal.apps;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** One simulated application answering HTTP on one container port. */
interface App {

    void handle(HttpExchange exchange) throws IOException;
}
