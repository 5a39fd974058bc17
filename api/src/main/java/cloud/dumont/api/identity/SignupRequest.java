package cloud.dumont.api.identity;

public record SignupRequest(String email, String password, String displayName) {}
