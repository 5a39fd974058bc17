/**
 * The spot market: a sampler that records offers and prices per GPU model, count and region, kept with retention and
 * downsampling; price history, a suggested bid for interruptible instances with its outbid risk, and live GPU
 * recommendations for a template.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spot market")
package cloud.dumont.market;
