package cloud.dumont.agent;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the instance agent, a POSIX shell script, at {@value #PATH} to the instances Dumont launches: they fetch it
 * from {@code $DUMONT_AGENT_URL} and run it before their app. Open to anyone, as it holds no secret (the token comes
 * from the instance's environment). Revalidated on every fetch with an ETag, so an upgraded server hands out its new
 * agent at once while an unchanged one answers 304. Not part of the REST API, hence hidden from its document.
 */
@Hidden
@RestController
class AgentScriptController {

    static final String PATH = "/agent.sh";
    static final MediaType SHELL_SCRIPT = MediaType.parseMediaType("text/x-shellscript;charset=UTF-8");
    private static final String RESOURCE = "agent/dumont-agent.sh";

    private final byte[] script;
    private final String etag;

    AgentScriptController() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            this.script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The agent script " + RESOURCE + " is missing from the build", e);
        }
        this.etag = "\"" + sha256(script).substring(0, 32) + "\"";
    }

    /** The script; Spring answers a matching If-None-Match with 304 from the ETag set here. */
    @GetMapping(PATH)
    ResponseEntity<byte[]> script() {
        return ResponseEntity.ok()
                .contentType(SHELL_SCRIPT)
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .body(script);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
