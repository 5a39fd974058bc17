package cloud.dumont.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SseReaderTest {

    private static SseReader reader(String stream) {
        return new SseReader(new BufferedReader(new StringReader(stream)));
    }

    @Test
    void readsIdEventAndDataFieldsAndDefaultsTheNameToMessage() throws IOException {
        SseReader sse = reader("id: 7\nevent: deployment\ndata: {\"seq\":7}\n\ndata: plain\n\n");

        assertThat(sse.next()).isEqualTo(new SseReader.Event("7", "deployment", "{\"seq\":7}"));
        assertThat(sse.next()).isEqualTo(new SseReader.Event(null, "message", "plain"));
        assertThat(sse.next()).isNull();
    }

    @Test
    void joinsSeveralDataLinesWithNewlinesAndKeepsSpacesAfterTheFirst() throws IOException {
        SseReader sse = reader("data: first\ndata:second\ndata:   third\n\n");

        assertThat(sse.next().data()).isEqualTo("first\nsecond\n  third");
    }

    @Test
    void skipsCommentsUnknownFieldsAndBlankLinesBetweenEvents() throws IOException {
        SseReader sse = reader(": keep-alive\n\n\nretry: 3000\nfoo: bar\n: another comment\ndata: one\n\n\n\n"
                + ":ping\n\nid: 2\ndata: two\n\n");

        assertThat(sse.next()).isEqualTo(new SseReader.Event(null, "message", "one"));
        assertThat(sse.next()).isEqualTo(new SseReader.Event("2", "message", "two"));
        assertThat(sse.next()).isNull();
    }

    @Test
    void fieldsOfABlockWithoutDataDoNotLeakIntoTheNextEvent() throws IOException {
        SseReader sse = reader("id: 1\nevent: ignored\n\ndata: x\n\n");

        assertThat(sse.next()).isEqualTo(new SseReader.Event(null, "message", "x"));
    }

    @Test
    void acceptsCarriageReturnLineEndings() throws IOException {
        SseReader sse = reader("id: 3\r\ndata: crlf\r\n\r\n");

        assertThat(sse.next()).isEqualTo(new SseReader.Event("3", "message", "crlf"));
    }

    @Test
    void anEventCutOffByTheEndOfTheStreamIsNotDispatched() throws IOException {
        SseReader sse = reader("data: complete\n\nid: 9\ndata: half");

        assertThat(sse.next().data()).isEqualTo("complete");
        assertThat(sse.next()).isNull();
        assertThat(sse.next()).isNull();
    }

    @Test
    void anEmptyStreamHasNoEvents() throws IOException {
        assertThat(reader("").next()).isNull();
    }
}
