package cloud.dumont.api.identity;

public record LoginRequest(String email, String password) {}
