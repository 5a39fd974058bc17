package cloud.dumont.api.platform;

/**
 * What the UI and CLI need to know about the server they talk to.
 *
 * @param simulatedCloud true when deployments go to the built-in simulator rather than a real GPU cloud
 * @param defaultAdminCredentials true while the admin account still has the documented local-use password
 * @param publicUrlMissing true when deployments go to a real cloud but {@code DUMONT_PUBLIC_URL} is not set: instances
 *     cannot reach this server's agent endpoints, so no workspace is snapshotted and hibernated deployments keep their
 *     stopped disks
 */
public record ServerInfo(
        String version,
        boolean simulatedCloud,
        boolean defaultAdminCredentials,
        boolean signupEnabled,
        String database,
        String cache,
        boolean publicUrlMissing) {}
