package cloud.dumont.platform;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document. The committed copy in {@code api/openapi.json} is what the web client's types are generated
 * from, and a test fails when the live document drifts from it.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI dumontOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Dumont API")
                        .version("v1")
                        .description("Browse GPU workload templates and LLMs, and deploy them onto GPU clouds. "
                                + "JSON field names are snake_case; every error is application/problem+json.")
                        .license(new License().name("Apache-2.0")))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        "bearer",
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("bearer")
                                                .description(
                                                        "A JWT from POST /api/v1/auth/login or a personal API token (dmt_...)")));
    }

    /**
     * Springdoc describes schemas with swagger-core's own (Jackson 2) mapper, which does not see the server's Jackson 3
     * snake_case setting; this resolver makes the documented names the ones on the wire.
     */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }
}
