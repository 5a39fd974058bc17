package cloud.dumont.provider;

import java.util.List;
import java.util.Optional;

/**
 * A GPU cloud the deployment engine rents instances from. Every call may throw {@link ProviderException}; an
 * implementation has already retried what was safe to retry before it throws.
 */
public interface GpuCloud {

    /** True when this cloud is Dumont's simulator rather than a real provider. */
    boolean simulated();

    /** Offers that match the filter, cheapest first, the more reliable first at the same price. */
    List<CloudOffer> searchOffers(OfferFilter filter);

    /** One offer by id, or empty when it is rented or withdrawn. */
    Optional<CloudOffer> offer(long offerId);

    /**
     * Rents an instance. A create is never retried blindly: when its outcome is unknown (timeout, 5xx) the adapter
     * looks the label up before it tries again, so one order never yields two instances.
     *
     * @return the provider's id of the new instance
     */
    long create(LaunchOrder order);

    /** The instance, or empty when the provider no longer knows it (destroyed). */
    Optional<CloudInstance> instance(long instanceId);

    /** Every instance of this account whose label starts with {@code labelPrefix}. */
    List<CloudInstance> instancesLabelled(String labelPrefix);

    /**
     * Stops the instance: its GPU is released and no longer billed, its disk is kept (and billed). Stopping a stopped
     * instance succeeds.
     */
    void stop(long instanceId);

    /**
     * Asks for a stopped instance to run again. The provider may not have its GPU any more (Vast.ai then shows it
     * "scheduling" until the GPU frees up, possibly forever), so callers watch for it to run and have a way out.
     */
    void start(long instanceId);

    /** Destroys the instance; destroying one that is already gone succeeds. */
    void destroy(long instanceId);
}
