package cloud.dumont.identity.internal;

import cloud.dumont.identity.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Browsing the catalog and the UI needs no login; everything else under {@code /api} (anything that
 * changes state or costs money) needs a bearer token: a JWT from login or a personal API token ({@code dmt_...}).
 * Sessions and cookies are never used, so CSRF protection has nothing to protect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String[] PUBLIC_READS = {
        "/api/v1/templates/**",
        "/api/templates/**",
        "/api/v1/models/**",
        "/api/models/**",
        "/api/v1/gpus",
        "/api/v1/info",
        "/api/v1/cluster/status",
        "/api/v1/clusters",
        "/api/v1/spot/**",
        "/api/v1/marketplace/**"
    };

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            AuthenticationManagerResolver<HttpServletRequest> bearerAuthentication,
            ProblemSecurityHandlers problems)
            throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, PUBLIC_READS)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_READS)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/login", "/api/v1/auth/signup")
                        .permitAll()
                        // A manifest preview computes YAML from the catalog and changes nothing, like a read.
                        .requestMatchers(HttpMethod.POST, "/api/v1/models/*/manifest", "/api/v1/models/*/*/manifest")
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(o -> o.authenticationManagerResolver(bearerAuthentication)
                        .bearerTokenResolver(new DefaultBearerTokenResolver())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /** Personal API tokens are recognised by their prefix; every other bearer token must be one of our JWTs. */
    @Bean
    AuthenticationManagerResolver<HttpServletRequest> bearerAuthentication(
            JwtDecoder decoder, ApiTokens tokens, UserRepository users) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<String> roles = jwt.getClaimAsStringList(AccessTokens.ROLES_CLAIM);
            return roles == null
                    ? List.of()
                    : roles.stream()
                            .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                            .map(a -> (org.springframework.security.core.GrantedAuthority) a)
                            .toList();
        });
        JwtAuthenticationProvider jwtProvider = new JwtAuthenticationProvider(decoder);
        jwtProvider.setJwtAuthenticationConverter(converter);
        AuthenticationManager jwt = jwtProvider::authenticate;
        AuthenticationManager apiToken = new ApiTokenAuthenticationManager(tokens, users)::authenticate;
        return request -> {
            String header = request.getHeader("Authorization");
            return header != null && header.regionMatches(true, 0, "Bearer " + ApiTokens.PREFIX, 0, 11)
                    ? apiToken
                    : jwt;
        };
    }
}
