package cloud.dumont.provider;

import java.time.Instant;
import java.util.List;

/**
 * The simulated cloud's price model replayed at another moment: today's simulated offers with the prices the
 * simulator gives them at {@code at}. A bean only when the cloud is simulated; a real provider has no such thing, so a
 * chart of a simulated past must say it is one.
 */
public interface SimulatedMarketHistory {

    /** The offers a search without filters would find now (verified hosts only), priced as at {@code at}. */
    List<CloudOffer> offersPricedAt(Instant at);
}
