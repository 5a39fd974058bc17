package cloud.dumont.api.platform;

/**
 * What the UI and CLI need to know about the server they talk to.
 *
 * @param simulatedCloud true when deployments go to the built-in simulator rather than a real GPU cloud
 * @param defaultAdminCredentials true while the admin account still has the documented local-use password
 */
public record ServerInfo(
        String version,
        boolean simulatedCloud,
        boolean defaultAdminCredentials,
        boolean signupEnabled,
        String database,
        String cache) {}
