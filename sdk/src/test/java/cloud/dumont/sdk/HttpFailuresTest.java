package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Failures that need no Dumont server: nobody listening, and answers from something that is not Dumont. */
class HttpFailuresTest {

    private HttpServer fake;

    @AfterEach
    void stop() {
        if (fake != null) {
            fake.stop(0);
        }
    }

    @Test
    void aRefusedConnectionIsAConnectionFailureWithStatusZero() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        DumontClient client = DumontClient.builder("http://127.0.0.1:" + port).build();

        DumontException e = catchThrowableOfType(DumontException.class, client::info);

        assertThat(e.status()).isZero();
        assertThat(e.isConnectionFailure()).isTrue();
        assertThat(e.problem().title()).isEqualTo("Cannot reach the Dumont server");
        assertThat(e.getMessage()).contains("127.0.0.1:" + port);
        assertThat(e.getCause()).isInstanceOf(IOException.class);
    }

    @Test
    void anHtmlErrorPageFromAProxyKeepsItsStatus() throws IOException {
        DumontClient client = serve(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");

        DumontException e = catchThrowableOfType(
                DumontException.class, () -> client.catalog().gpus(null));

        assertThat(e.status()).isEqualTo(502);
        assertThat(e.isConnectionFailure()).isFalse();
        assertThat(e.getMessage()).isEqualTo("HTTP 502");
        assertThat(e.problem().errors()).isEmpty();
    }

    @Test
    void anEmptyErrorBodyKeepsItsStatus() throws IOException {
        DumontClient client = serve(503, "text/plain", "");

        DumontException e = catchThrowableOfType(DumontException.class, client::info);

        assertThat(e.status()).isEqualTo(503);
    }

    @Test
    void aProblemWithoutAStatusFieldTakesTheResponseStatus() throws IOException {
        DumontClient client = serve(
                409,
                "application/problem+json",
                "{\"title\": \"Conflict\", \"detail\": \"Taken\", \"errors\": [{\"field\": \"slug\", \"message\":"
                        + " \"is taken\"}]}");

        DumontException e = catchThrowableOfType(DumontException.class, client::info);

        assertThat(e.status()).isEqualTo(409);
        assertThat(e.problem().errors()).containsExactly(new Problem.FieldError("slug", "is taken"));
        assertThat(e.getMessage()).isEqualTo("Taken: slug is taken");
    }

    @Test
    void aSuccessfulAnswerThatIsNotJsonIsADumontExceptionNotAJacksonOne() throws IOException {
        DumontClient client = serve(200, "text/html", "<html>login portal</html>");

        DumontException e = catchThrowableOfType(DumontException.class, client::info);

        assertThat(e.status()).isEqualTo(200);
        assertThat(e.problem().title()).isEqualTo("Unreadable answer");
    }

    private DumontClient serve(int status, String contentType, String body) throws IOException {
        fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        fake.start();
        return DumontClient.builder("http://127.0.0.1:" + fake.getAddress().getPort())
                .build();
    }
}
