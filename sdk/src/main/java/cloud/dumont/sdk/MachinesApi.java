package cloud.dumont.sdk;

import cloud.dumont.api.machines.BlacklistEntry;
import cloud.dumont.api.machines.BlacklistRequest;
import cloud.dumont.api.machines.MachineDetail;
import cloud.dumont.api.machines.MachineHistoryResponse;
import java.util.List;

/**
 * The provider machines deployments were tried on: each one's success rate and median time to ready, and the
 * blacklist of hosts that deployments avoid. Reading needs a sign-in; changing the blacklist is for admins (403 for
 * everyone else).
 */
public final class MachinesApi {

    private final Http http;

    MachinesApi(Http http) {
        this.http = http;
    }

    /** Every machine with a recorded attempt, the most recently tried first (a page of 50), and each GPU model's. */
    public MachineHistoryResponse history() {
        return history(MachineQuery.all());
    }

    /**
     * One page of the machines the query picks, and every GPU model's aggregate. Only ready and failed attempts count
     * towards a success rate: a deployment destroyed while starting and a race loser say nothing about the host.
     */
    public MachineHistoryResponse history(MachineQuery query) {
        return http.get("/api/v1/machines/history" + query.queryString(), MachineHistoryResponse.class);
    }

    /**
     * One machine: its track record, its blacklist entries and its latest attempts, newest first. A
     * {@link DumontException} with status 404 for a machine with neither attempts nor blacklist entries.
     */
    public MachineDetail machine(long machineId) {
        return http.get("/api/v1/machines/" + machineId, MachineDetail.class);
    }

    /** The machines blacklisted now, automatically or by an admin, newest first. */
    public List<BlacklistEntry> blacklist() {
        return http.get("/api/v1/machines/blacklist", Types.listOf(BlacklistEntry.class));
    }

    /**
     * Blacklists a machine by hand (admins), replacing its active entry if it has one. Without {@code durationHours}
     * the entry lasts until an admin clears it.
     *
     * @return the new entry
     */
    public BlacklistEntry blacklist(BlacklistRequest request) {
        return http.post("/api/v1/machines/blacklist", request, BlacklistEntry.class);
    }

    /**
     * Ends a machine's active blacklist entry early (admins); {@code reason} (3 to 500 characters) is kept with it.
     * A {@link DumontException} with status 404 when the machine is not blacklisted now.
     *
     * @return the entry as it ended
     */
    public BlacklistEntry clear(long machineId, String reason) {
        return http.delete(
                "/api/v1/machines/blacklist/" + machineId + Query.of().add("reason", reason), BlacklistEntry.class);
    }
}
