package cloud.dumont.api.market;

/**
 * A bid and how often it would have been outbid.
 *
 * @param outbidRisk share of the observed samples in which the cheapest interruptible offer asked more than this bid
 */
public record BidOption(double bidPerHour, double outbidRisk) {}
