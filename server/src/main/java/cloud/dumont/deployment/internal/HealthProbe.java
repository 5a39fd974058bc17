package cloud.dumont.deployment.internal;

import cloud.dumont.api.catalog.PortSpec;
import cloud.dumont.provider.CloudInstance;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Asks a deployed app whether it serves: a GET of each port's health path on the instance's public address, with the
 * deployment's secret where the app wants it. Any 2xx is healthy; everything else, including no answer within a few
 * seconds, is not.
 */
@Component
public class HealthProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** What the check saw, in words for the event log. */
    public record Result(boolean healthy, String detail) {}

    public Result check(DeploymentEntity d, CloudInstance instance) {
        for (PortSpec port : d.getLaunchSpec().ports()) {
            if (port.healthPath() == null || port.healthPath().isBlank()) {
                continue;
            }
            String address = instance.address(port.port());
            if (address == null) {
                return new Result(false, "port " + port.port() + " is not published yet");
            }
            Result result = get(URI.create("http://" + address + port.healthPath()), AppAccess.healthAuthorization(d));
            if (!result.healthy()) {
                return new Result(false, port.label() + " " + port.healthPath() + ": " + result.detail());
            }
        }
        return new Result(true, "health check passed");
    }

    private Result get(URI uri, String authorization) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return new Result(status >= 200 && status < 300, "HTTP " + status);
        } catch (IOException e) {
            return new Result(false, "no answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted");
        }
    }
}
