package cloud.dumont.identity.internal;

import cloud.dumont.platform.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Answers 401 and 403 from the security filters in the same problem+json shape as the rest of the API. */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemSecurityHandlers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean presented = request.getHeader("Authorization") != null;
        String detail = presented
                ? "The bearer token is invalid, expired or revoked; sign in again"
                : "Sign in first: send 'Authorization: Bearer <token>' from POST /api/v1/auth/login or a personal API token";
        response.setHeader("WWW-Authenticate", presented ? "Bearer error=\"invalid_token\"" : "Bearer");
        write(response, new ProblemException(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, ProblemException.forbidden("Your account is not allowed to do this"));
    }

    private void write(HttpServletResponse response, ProblemException problem) throws IOException {
        ProblemDetail body = problem.getBody();
        body.setInstance(null);
        response.setStatus(problem.getStatusCode().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
