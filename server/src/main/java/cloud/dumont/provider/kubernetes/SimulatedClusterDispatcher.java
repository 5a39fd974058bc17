package cloud.dumont.provider.kubernetes;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * fabric8's CRUD dispatcher plus the one API server feature it lacks that Dumont uses: the service proxy. Requests to
 * {@code /api/v1/namespaces/<ns>/services/<name>[:<port>]/proxy/<path>} go to the simulated frontends; everything
 * else is stored and served by the CRUD dispatcher.
 */
final class SimulatedClusterDispatcher extends KubernetesCrudDispatcher {

    private static final Pattern PROXY =
            Pattern.compile("^/api/v1/namespaces/([^/]+)/services/(?:https?:)?([^/:]+)(?::[^/]+)?/proxy(/[^?]*)?");

    private final SimulatedFrontends frontends;

    SimulatedClusterDispatcher(SimulatedFrontends frontends) {
        this.frontends = frontends;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        Matcher proxy = PROXY.matcher(request.getPath());
        if (!proxy.find()) {
            return super.dispatch(request);
        }
        String path = proxy.group(3) == null ? "/" : proxy.group(3);
        SimulatedFrontends.Answer answer =
                frontends.answer(proxy.group(1), proxy.group(2), request.getMethod(), path, request.getUtf8Body());
        return new MockResponse()
                .setResponseCode(answer.status())
                .setHeader("Content-Type", "application/json")
                .setBody(answer.body());
    }
}
