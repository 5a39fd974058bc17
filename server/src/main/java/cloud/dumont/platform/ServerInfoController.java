package cloud.dumont.platform;

import cloud.dumont.api.platform.ServerInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.cache.CacheManager;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Server")
class ServerInfoController {

    private final DumontProperties properties;
    private final SetupWarnings warnings;
    private final String version;
    private final boolean simulatedCloud;
    private final String database;
    private final String cache;
    private final boolean publicUrlMissing;

    ServerInfoController(
            DumontProperties properties,
            SetupWarnings warnings,
            Environment environment,
            CacheManager cacheManager,
            ObjectProvider<BuildProperties> build) {
        this.properties = properties;
        this.warnings = warnings;
        BuildProperties buildProperties = build.getIfAvailable();
        this.version = buildProperties == null ? "dev" : buildProperties.getVersion();
        // The property VAST_API_KEY is bound to, which also decides which GPU cloud bean exists (VastKeyCondition).
        this.simulatedCloud = environment.getProperty("dumont.vast.api-key", "").isBlank();
        String publicUrl = environment.getProperty("dumont.snapshots.public-url", "");
        this.publicUrlMissing = !simulatedCloud && publicUrl.isBlank();
        String url = environment.getProperty("spring.datasource.url", "");
        this.database = url.startsWith("jdbc:postgresql:") ? "postgresql" : url.startsWith("jdbc:h2:") ? "h2" : "other";
        this.cache = cacheManager
                .getClass()
                .getSimpleName()
                .replace("CacheManager", "")
                .toLowerCase();
    }

    @GetMapping("/api/v1/info")
    @Operation(summary = "What this server runs on (simulated or real cloud, database, cache) and set-up warnings")
    ServerInfo info() {
        return new ServerInfo(
                version,
                simulatedCloud,
                warnings.defaultAdminCredentials(),
                properties.signupEnabled(),
                database,
                cache,
                publicUrlMissing);
    }
}
