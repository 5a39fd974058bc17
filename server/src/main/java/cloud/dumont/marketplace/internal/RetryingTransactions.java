package cloud.dumont.marketplace.internal;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a check-then-write in a transaction of its own and runs it again when a concurrent writer got there first.
 *
 * <p>The "one per user" rules (one review per template, one vote per review, one open report per template) are
 * unique constraints. Two simultaneous first writes both find no row and both insert; the database lets one commit
 * and fails the other with a unique violation. That failed statement poisons a PostgreSQL transaction, so the only
 * way on is a fresh one: run again, it finds the winner's row and becomes an edit or a repeat. Lock timeouts and
 * deadlocks between such writers are retried the same way. Rules that still fail after a few attempts (a foreign key
 * to a row deleted meanwhile, say) surface as they are.
 *
 * <p>Must be called outside any transaction: a retry inside a caller's transaction would run in the transaction the
 * failure already spoiled.
 */
@Component
class RetryingTransactions {

    static final int ATTEMPTS = 8;

    private static final Logger log = LoggerFactory.getLogger(RetryingTransactions.class);

    private final TransactionTemplate transaction;

    RetryingTransactions(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    <T> T run(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("RetryingTransactions must start its own transactions");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            } catch (DataIntegrityViolationException | TransientDataAccessException lostRace) {
                if (attempt >= ATTEMPTS) {
                    throw lostRace;
                }
                log.debug(
                        "Attempt {} lost a race ({}); running again",
                        attempt,
                        lostRace.getMostSpecificCause().toString());
                pause(attempt);
            }
        }
    }

    /** A short random pause, growing with each attempt, so the writers that collided do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 6)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a transaction", e);
        }
    }
}
