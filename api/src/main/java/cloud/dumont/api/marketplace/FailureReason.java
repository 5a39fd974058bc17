package cloud.dumont.api.marketplace;

/** A failure reason code (see /troubleshooting) and how many launches failed with it. */
public record FailureReason(String code, long count) {}
