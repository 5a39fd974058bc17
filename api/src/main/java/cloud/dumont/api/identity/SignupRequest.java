package cloud.dumont.api.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new account; {@code display_name} defaults to the part of the email before the {@code @}. */
public record SignupRequest(
        @NotBlank @Email @Size(max = 320) String email,
        @NotBlank @Size(min = 10, max = 200, message = "must be 10 to 200 characters") String password,
        @Size(max = 120) String displayName) {

    @Override
    public String toString() {
        return "SignupRequest[email=" + email + "]";
    }
}
