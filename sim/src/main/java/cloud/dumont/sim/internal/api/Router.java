package cloud.dumont.sim.internal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/** Finds the route for a call; a known path with the wrong method is told apart from no path. */
final class Router {

    private final List<Route> routes = new ArrayList<>();

    Router add(Route route) {
        routes.add(route);
        return this;
    }

    Router addAll(List<Route> more) {
        routes.addAll(more);
        return this;
    }

    Optional<Match> match(String method, String path) {
        for (Route route : routes) {
            Matcher m = route.pattern().matcher(path);
            if (m.matches() && route.method().equalsIgnoreCase(method)) {
                List<String> vars = new ArrayList<>();
                for (int i = 1; i <= m.groupCount(); i++) {
                    vars.add(m.group(i));
                }
                return Optional.of(new Match(route, vars));
            }
        }
        return Optional.empty();
    }

    boolean knowsPath(String path) {
        return routes.stream().anyMatch(r -> r.pattern().matcher(path).matches());
    }

    record Match(Route route, List<String> vars) {}
}
