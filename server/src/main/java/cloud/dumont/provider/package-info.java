/**
 * The GPU cloud port ({@link cloud.dumont.provider.GpuCloud}) the deployment engine rents instances through, and its
 * adapters; provider client types never leave their adapter package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "GPU cloud providers")
package cloud.dumont.provider;
