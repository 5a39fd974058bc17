package cloud.dumont.provider.vast;

import cloud.dumont.provider.CloudInstance;
import cloud.dumont.provider.LaunchOrder;
import cloud.dumont.provider.ProviderException;
import cloud.dumont.provider.ProviderException.Kind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * {@code PUT /api/v0/asks/{offer_id}/}, retried only where that cannot rent twice. A 429 is refused before anything
 * happens, so it is retried as is. A timeout, an I/O error, a 5xx or a 2xx without {@code new_contract} leave the
 * outcome unknown: the instance may exist. Before trying again, and once more after the last attempt, the order's
 * label is looked up; an instance that carries it is the answer.
 */
final class VastCreate {

    private static final Logger log = LoggerFactory.getLogger(VastCreate.class);

    private final VastCalls calls;
    private final Function<String, List<CloudInstance>> labelled;
    private final LongConsumer destroy;

    /**
     * @param labelled one attempt at listing the instances whose label starts with a prefix
     * @param destroy a destroy with its own retries
     */
    VastCreate(VastCalls calls, Function<String, List<CloudInstance>> labelled, LongConsumer destroy) {
        this.calls = calls;
        this.labelled = labelled;
        this.destroy = destroy;
    }

    long create(LaunchOrder order) {
        if (order.label() == null || order.label().isBlank()) {
            // Without a label an unknown outcome could not be looked up, and a retry could rent twice.
            throw new IllegalArgumentException("a launch order needs a label");
        }
        JsonNode body = VastLaunchBody.of(order);
        return calls.timed("create", () -> {
            AtomicBoolean outcomeUnknown = new AtomicBoolean();
            try {
                return calls.retried(() -> attempt(order, body, outcomeUnknown));
            } catch (ProviderException e) {
                // OFFER_GONE after an unknown outcome may mean the offer was taken by that very attempt.
                boolean mayExist = e.kind() == Kind.TRANSIENT || e.kind() == Kind.OFFER_GONE;
                if (!outcomeUnknown.get() || !mayExist || e.getCause() instanceof InterruptedException) {
                    throw e;
                }
                return lastLookUp(order.label(), e);
            }
        });
    }

    private long attempt(LaunchOrder order, JsonNode body, AtomicBoolean outcomeUnknown) {
        if (outcomeUnknown.get()) {
            // A failure of the look-up is transient, so the next attempt looks again before it creates.
            Optional<Long> earlier = byLabel(order.label());
            if (earlier.isPresent()) {
                log.info("Vast.ai create of {} had an unknown outcome; it did rent instance {}", order, earlier.get());
                return earlier.get();
            }
        }
        VastResponse answer;
        try {
            answer = calls.send("PUT", "/api/v0/asks/" + order.offerId() + "/", body);
        } catch (ProviderException noAnswer) {
            outcomeUnknown.set(true);
            throw noAnswer;
        }
        Long contract = VastJson.longValue(answer.json().path("new_contract"));
        if (answer.isSuccess()) {
            if (contract != null) {
                return contract;
            }
            outcomeUnknown.set(true);
            throw new ProviderException(
                    Kind.TRANSIENT, "Vast.ai create: HTTP " + answer.status() + " without new_contract");
        }
        if (contract != null) {
            // e.g. a bid under the minimum: Vast.ai rents a stopped instance and still answers with an error.
            throw destroyStray(contract, order, VastErrors.failure("create", answer));
        }
        if (answer.serverError()) {
            outcomeUnknown.set(true);
            throw VastErrors.failure("create", answer);
        }
        if (VastErrors.offerGone(answer)) {
            throw new ProviderException(Kind.OFFER_GONE, VastErrors.describe("create", answer));
        }
        throw VastErrors.failure("create", answer); // 429 included: TRANSIENT, and nothing was rented
    }

    /**
     * The attempts are spent, or the offer is gone, after an attempt whose outcome is unknown: one more look before
     * giving up.
     */
    private long lastLookUp(String label, ProviderException lastFailure) {
        Optional<Long> found;
        try {
            found = calls.retried(() -> byLabel(label));
        } catch (ProviderException lookUpFailed) {
            throw lastFailure;
        }
        if (found.isPresent()) {
            log.info("Vast.ai create of {} had an unknown outcome; it did rent instance {}", label, found.get());
            return found.get();
        }
        if (lastFailure.kind() != Kind.TRANSIENT) {
            throw lastFailure;
        }
        throw new ProviderException(
                Kind.TRANSIENT,
                "Vast.ai did not confirm the create of " + label + " and no instance carries that label yet;"
                        + " look the label up again before ordering anew",
                lastFailure);
    }

    /** The instance with exactly this label; the oldest, should an earlier mishap have made two. */
    private Optional<Long> byLabel(String label) {
        return labelled.apply(label).stream()
                .filter(instance -> label.equals(instance.label()))
                .map(CloudInstance::id)
                .min(Comparator.naturalOrder());
    }

    private ProviderException destroyStray(long instanceId, LaunchOrder order, ProviderException refusal) {
        try {
            destroy.accept(instanceId);
            return refusal;
        } catch (ProviderException e) {
            log.warn(
                    "Vast.ai refused {} but rented instance {}; destroying it failed: {}",
                    order,
                    instanceId,
                    e.getMessage());
            return new ProviderException(
                    refusal.kind(),
                    refusal.getMessage() + "; instance " + instanceId + " was rented anyway and could not be destroyed",
                    e);
        }
    }
}
