/**
 * Deployments of templates onto rented GPUs: the API, the reconciling engine that drives each deployment to running
 * (or to a clear failure), health checks, live offers and the event stream.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deployments")
package cloud.dumont.deployment;
