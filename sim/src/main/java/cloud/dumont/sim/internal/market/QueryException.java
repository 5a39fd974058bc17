package cloud.dumont.sim.internal.market;

/** A search or filter the API rejects with 400 {@code invalid_args}. */
public final class QueryException extends RuntimeException {

    public QueryException(String message) {
        super(message);
    }
}
