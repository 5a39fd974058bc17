package cloud.dumont.identity;

public enum Role {
    USER,
    ADMIN
}
