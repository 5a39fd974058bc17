/**
 * Workspace snapshots for hibernation: snapshot records, their objects in S3-compatible storage (or a local directory
 * when none is configured) and the short-lived pre-signed URLs an instance's agent writes and reads them with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Snapshots")
package cloud.dumont.snapshots;
