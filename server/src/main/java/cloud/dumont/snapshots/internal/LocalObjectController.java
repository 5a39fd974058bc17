package cloud.dumont.snapshots.internal;

import cloud.dumont.platform.ProblemException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The local object store's "pre-signed" URLs: a PUT or GET of one key with an unexpired HMAC signature, like S3's. No
 * user login: the signature is the permission, and a wrong one is a 403 (always, when the store is S3).
 */
@Hidden
@RestController
class LocalObjectController {

    private final ObjectStore store;

    LocalObjectController(ObjectStore store) {
        this.store = store;
    }

    @PutMapping(LocalObjectStore.PATH + "{*key}")
    ResponseEntity<Void> put(
            @PathVariable String key,
            @RequestParam long expires,
            @RequestParam String signature,
            HttpServletRequest request)
            throws IOException {
        LocalObjectStore local = signed("PUT", key, expires, signature);
        local.write(stripSlash(key), request.getInputStream());
        return ResponseEntity.ok().build();
    }

    @GetMapping(LocalObjectStore.PATH + "{*key}")
    ResponseEntity<Resource> get(@PathVariable String key, @RequestParam long expires, @RequestParam String signature) {
        Path file = signed("GET", key, expires, signature).read(stripSlash(key));
        if (file == null) {
            throw ProblemException.notFound("Object");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new FileSystemResource(file));
    }

    private LocalObjectStore signed(String method, String key, long expires, String signature) {
        if (!(store instanceof LocalObjectStore local) || !local.verify(method, stripSlash(key), expires, signature)) {
            throw ProblemException.forbidden("The URL's signature is not valid for this object, or it has expired");
        }
        return local;
    }

    private static String stripSlash(String key) {
        return key.startsWith("/") ? key.substring(1) : key;
    }
}
