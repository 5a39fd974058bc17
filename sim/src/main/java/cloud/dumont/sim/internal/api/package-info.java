/**
 * The Vast.ai REST API over the JDK HTTP server: routing, API keys, the token bucket, injected API
 * faults, and the routes for offers, instances and the account.
 */
package cloud.dumont.sim.internal.api;
