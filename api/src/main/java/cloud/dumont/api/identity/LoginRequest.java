package cloud.dumont.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record LoginRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 200) String password) {

    /** Never prints the password: a request may end up in a log line. */
    @Override
    public String toString() {
        return "LoginRequest[email=" + email + "]";
    }
}
