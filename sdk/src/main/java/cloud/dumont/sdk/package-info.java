/**
 * The Java SDK for Dumont: {@link cloud.dumont.sdk.DumontClient} is the entry point, one group of calls per area of
 * the REST API, and every failure is a {@link cloud.dumont.sdk.DumontException} carrying the server's problem detail.
 * Requests and responses are the records of {@code cloud.dumont.api}, shared with the server.
 */
package cloud.dumont.sdk;
