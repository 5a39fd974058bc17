package cloud.dumont.sdk;

/**
 * Which machines of the host history to list, and in which order; every field is optional. Build one with
 * {@link #all()} and the {@code withX} methods:
 *
 * <pre>{@code
 * MachineQuery.all().withGpuName("RTX 4090").withSort("success_rate", "asc").withPage(20, 0)
 * }</pre>
 *
 * @param gpuName only machines of this GPU model, such as {@code RTX 4090}
 * @param blacklisted true for machines blacklisted now only, false for the others only
 * @param sort {@code success_rate}, {@code attempts}, {@code failures}, {@code median_ready}, {@code last_attempt}
 *     (default) or {@code machine_id}
 * @param order {@code desc} (default) or {@code asc}
 * @param limit machines per page (1–500, default 50)
 * @param offset machines to skip (0-based)
 */
public record MachineQuery(
        String gpuName, Boolean blacklisted, String sort, String order, Integer limit, Integer offset) {

    /** Every machine with a recorded attempt, the most recently tried first. */
    public static MachineQuery all() {
        return new MachineQuery(null, null, null, null, null, null);
    }

    /** This query, for machines of one GPU model such as {@code RTX 4090}. */
    public MachineQuery withGpuName(String value) {
        return new MachineQuery(value, blacklisted, sort, order, limit, offset);
    }

    /** This query, blacklisted machines only (true) or the others only (false). */
    public MachineQuery withBlacklisted(Boolean value) {
        return new MachineQuery(gpuName, value, sort, order, limit, offset);
    }

    /** This query, in another order (see {@link #sort()}); {@code direction} is {@code asc} or {@code desc}. */
    public MachineQuery withSort(String key, String direction) {
        return new MachineQuery(gpuName, blacklisted, key, direction, limit, offset);
    }

    /** This query, one page of {@code size} machines after the first {@code skip}. */
    public MachineQuery withPage(Integer size, Integer skip) {
        return new MachineQuery(gpuName, blacklisted, sort, order, size, skip);
    }

    String queryString() {
        return Query.of()
                .add("gpu_name", gpuName)
                .add("blacklisted", blacklisted)
                .add("sort", sort)
                .add("order", order)
                .add("limit", limit)
                .add("offset", offset)
                .toString();
    }
}
