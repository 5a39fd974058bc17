package cloud.dumont.api.deployment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * What to deploy a template on: a specific offer, or the best live offer of a GPU model.
 *
 * @param offerId an offer from {@code GET /templates/{slug}/offers}
 * @param gpuName a GPU model (e.g. "RTX 4090"); the best compatible offer of that model is rented
 * @param diskGb disk to allocate; the template's default when absent
 * @param version a version of the template to run instead of the latest (not a yanked one)
 * @param env extra environment for the container, such as {@code HF_TOKEN}; accepted, never returned
 * @param strategy how to get a working host: {@code roundrobin} (the default; moves on from a dead host at once),
 *     {@code race} (several hosts at once, the first healthy wins) or {@code coldstart} (the default when an offer is
 *     picked: that offer, or fail)
 * @param raceSize for {@code race}: how many instances race, 2 to 5; 3 when absent
 * @param maxPricePerHour rent only offers at or under this $/h (storage included), for the first host and every later
 *     one; any price when absent
 * @param region rent only hosts in this region: {@code north_america}, {@code europe}, {@code asia_pacific},
 *     {@code south_america} or {@code africa_middle_east}; anywhere when absent
 * @param verifiedOnly rent only hosts Vast.ai has verified (true when absent); false lets cheaper, riskier unverified
 *     hosts in
 * @param bidPerHour makes the deployment interruptible: the GPU's bid in $/h (disk billed on top), at or above the
 *     offer's minimum bid. It runs while no one bids more; when outbid, Dumont rents another GPU at the same bid.
 *     Absent: on-demand. See {@code GET /spot/market/{gpu}} for a suggested bid and its outbid risk
 */
public record DeployRequest(
        @Positive Long offerId,
        @Size(max = 64) String gpuName,
        @Min(10) @Max(2048) Integer diskGb,
        @Size(max = 32) Map<String, String> env,
        @Size(max = 32) String version,
        ProvisioningStrategy strategy,
        @Min(2) @Max(5) Integer raceSize,
        @DecimalMin("0.01") @DecimalMax("1000") Double maxPricePerHour,
        @Size(max = 32) String region,
        Boolean verifiedOnly,
        @DecimalMin("0.001") @DecimalMax("128") Double bidPerHour) {

    /** A request without a strategy: the default applies. */
    public DeployRequest(Long offerId, String gpuName, Integer diskGb, Map<String, String> env, String version) {
        this(offerId, gpuName, diskGb, env, version, null, null);
    }

    public DeployRequest(
            Long offerId,
            String gpuName,
            Integer diskGb,
            Map<String, String> env,
            String version,
            ProvisioningStrategy strategy) {
        this(offerId, gpuName, diskGb, env, version, strategy, null);
    }

    /** An on-demand request without offer constraints: any price, anywhere, verified hosts. */
    public DeployRequest(
            Long offerId,
            String gpuName,
            Integer diskGb,
            Map<String, String> env,
            String version,
            ProvisioningStrategy strategy,
            Integer raceSize) {
        this(offerId, gpuName, diskGb, env, version, strategy, raceSize, null, null, null, null);
    }

    /** An interruptible request at {@code bidPerHour} (null: on-demand), without offer constraints. */
    public DeployRequest(
            Long offerId,
            String gpuName,
            Integer diskGb,
            Map<String, String> env,
            String version,
            ProvisioningStrategy strategy,
            Integer raceSize,
            Double bidPerHour) {
        this(offerId, gpuName, diskGb, env, version, strategy, raceSize, null, null, null, bidPerHour);
    }

    /** A request with offer constraints, on-demand. */
    public DeployRequest(
            Long offerId,
            String gpuName,
            Integer diskGb,
            Map<String, String> env,
            String version,
            ProvisioningStrategy strategy,
            Integer raceSize,
            Double maxPricePerHour,
            String region,
            Boolean verifiedOnly) {
        this(offerId, gpuName, diskGb, env, version, strategy, raceSize, maxPricePerHour, region, verifiedOnly, null);
    }
}
