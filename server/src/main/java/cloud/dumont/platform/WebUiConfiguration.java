package cloud.dumont.platform;

import java.io.IOException;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the React app packaged by the web module. Paths the app routes on the client ({@code /templates/vllm}) get
 * {@code index.html}; server prefixes and paths that look like files do not, so an unknown API path or asset is a
 * problem+json 404 rather than a page.
 */
@Configuration(proxyBeanMethods = false)
class WebUiConfiguration implements WebMvcConfigurer {

    private static final String[] SERVER_PREFIXES = {"api/", "v3/", "actuator/", "swagger-ui", "error"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Vite puts a content hash in every asset name, so assets can be cached for good.
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new ClientRouteResolver());
    }

    static boolean isClientRoute(String path) {
        for (String prefix : SERVER_PREFIXES) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        // A file name ends in an asset's extension; a model id in a route may hold dots too (Qwen3-0.6B).
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 || !ASSET_EXTENSIONS.contains(last.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** What the web build and a browser ask for as files; a missing one is a 404, not the app's page. */
    private static final java.util.Set<String> ASSET_EXTENSIONS = java.util.Set.of(
            "js",
            "mjs",
            "css",
            "map",
            "html",
            "json",
            "txt",
            "xml",
            "webmanifest",
            "ico",
            "png",
            "jpg",
            "jpeg",
            "gif",
            "svg",
            "webp",
            "avif",
            "woff",
            "woff2",
            "ttf",
            "otf",
            "wasm");

    private static final class ClientRouteResolver extends PathResourceResolver {
        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            Resource requested = location.createRelative(resourcePath);
            if (requested.exists() && requested.isReadable() && !resourcePath.isEmpty()) {
                return requested;
            }
            if (isClientRoute(resourcePath)) {
                Resource index = location.createRelative("index.html");
                return index.exists() ? index : null;
            }
            return null;
        }
    }
}
