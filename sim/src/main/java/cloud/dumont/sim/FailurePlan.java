package cloud.dumont.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The failures a test (or an operator of the standalone simulator) wants to see: boot failures
 * tied to an offer, a machine, the next instances or a probability, and API faults on the next
 * calls or at random. Rules can be added while the simulator runs; random draws come from the
 * simulator's seeded source, so a seeded run fails the same way each time.
 */
public final class FailurePlan {

    private final Map<Long, BootFailure> byOffer = new HashMap<>();
    private final Map<Long, BootFailure> byMachine = new HashMap<>();
    private final Deque<BootFailure> nextInstances = new ArrayDeque<>();
    private final List<Chance<BootFailure>> bootChances = new ArrayList<>();
    private final List<CallRule> callRules = new ArrayList<>();
    private final List<Chance<ApiFault>> callChances = new ArrayList<>();
    private double offerTakenProbability;

    /** Every instance created from this offer fails this way. */
    public synchronized FailurePlan onOffer(long offerId, BootFailure failure) {
        byOffer.put(offerId, failure);
        return this;
    }

    /** Every instance placed on this machine fails this way (a bad host). */
    public synchronized FailurePlan onMachine(long machineId, BootFailure failure) {
        byMachine.put(machineId, failure);
        return this;
    }

    /** The next {@code count} instances created, whatever their offer, fail this way. */
    public synchronized FailurePlan onNextInstances(int count, BootFailure failure) {
        for (int i = 0; i < count; i++) {
            nextInstances.add(failure);
        }
        return this;
    }

    /** Each new instance fails this way with the given probability. */
    public synchronized FailurePlan withProbability(double probability, BootFailure failure) {
        bootChances.add(new Chance<>(checkProbability(probability), failure));
        return this;
    }

    /** The next {@code count} API calls, of any kind, fail with {@code fault}. */
    public FailurePlan failNextCalls(int count, ApiFault fault) {
        return failNextCalls(count, fault, null, null);
    }

    /**
     * The next {@code count} calls with this method (null for any) whose path starts with {@code
     * pathPrefix} (null for any) fail with {@code fault}, e.g. {@code ("PUT", "/api/v0/asks/")}.
     */
    public synchronized FailurePlan failNextCalls(int count, ApiFault fault, String method, String pathPrefix) {
        callRules.add(new CallRule(count, fault, method, pathPrefix));
        return this;
    }

    /** Every API call fails with {@code fault} with the given probability. */
    public synchronized FailurePlan failCallsWithProbability(double probability, ApiFault fault) {
        callChances.add(new Chance<>(checkProbability(probability), fault));
        return this;
    }

    /**
     * Another renter takes the offer between a client's search and its create, with the given probability per create
     * of a listed offer: the create answers Vast.ai's {@code no_such_ask} and the offer leaves the market for good.
     */
    public synchronized FailurePlan takeOffersWithProbability(double probability) {
        offerTakenProbability = checkProbability(probability);
        return this;
    }

    /** Decides, once per create of a listed offer, whether someone else rented it first; used by the simulator. */
    public synchronized boolean offerTakenBeforeCreate(RandomGenerator random) {
        return offerTakenProbability > 0 && random.nextDouble() < offerTakenProbability;
    }

    public synchronized void clear() {
        byOffer.clear();
        byMachine.clear();
        nextInstances.clear();
        bootChances.clear();
        callRules.clear();
        callChances.clear();
        offerTakenProbability = 0;
    }

    /** Decides, once per new instance, how it will fail; used by the simulator. */
    public synchronized Optional<BootFailure> bootFailureFor(long offerId, long machineId, RandomGenerator random) {
        // Draw for every chance even when a fixed rule wins, so that adding a rule for one offer
        // does not shift the random outcome of every later instance.
        BootFailure drawn = null;
        for (Chance<BootFailure> chance : bootChances) {
            if (random.nextDouble() < chance.probability() && drawn == null) {
                drawn = chance.value();
            }
        }
        if (byOffer.containsKey(offerId)) {
            return Optional.of(byOffer.get(offerId));
        }
        if (byMachine.containsKey(machineId)) {
            return Optional.of(byMachine.get(machineId));
        }
        if (!nextInstances.isEmpty()) {
            return Optional.of(nextInstances.poll());
        }
        return Optional.ofNullable(drawn);
    }

    /** Decides whether this API call fails; used by the simulator. */
    public synchronized Optional<ApiFault> apiFaultFor(String method, String path, RandomGenerator random) {
        for (Iterator<CallRule> it = callRules.iterator(); it.hasNext(); ) {
            CallRule rule = it.next();
            if (rule.matches(method, path)) {
                rule.remaining--;
                if (rule.remaining <= 0) {
                    it.remove();
                }
                return Optional.of(rule.fault);
            }
        }
        for (Chance<ApiFault> chance : callChances) {
            if (random.nextDouble() < chance.probability()) {
                return Optional.of(chance.value());
            }
        }
        return Optional.empty();
    }

    private static double checkProbability(double probability) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be within [0, 1]: " + probability);
        }
        return probability;
    }

    private record Chance<T>(double probability, T value) {}

    private static final class CallRule {
        private int remaining;
        private final ApiFault fault;
        private final String method;
        private final String pathPrefix;

        CallRule(int remaining, ApiFault fault, String method, String pathPrefix) {
            if (remaining < 1) {
                throw new IllegalArgumentException("count must be at least 1");
            }
            this.remaining = remaining;
            this.fault = fault;
            this.method = method;
            this.pathPrefix = pathPrefix;
        }

        boolean matches(String callMethod, String path) {
            return (method == null || method.equalsIgnoreCase(callMethod))
                    && (pathPrefix == null || path.startsWith(pathPrefix));
        }
    }
}
