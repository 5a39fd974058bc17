package cloud.dumont.api.deployment;

/**
 * A template's warm pool.
 *
 * @param minIdle how many idle members Dumont keeps
 * @param idle members running and ready to be taken now
 * @param starting members on their way (ordered, booting)
 */
public record WarmPoolResponse(String templateSlug, int minIdle, int idle, int starting) {}
