/**
 * Host history and blacklist: every deployment attempt per provider machine (from the deployment engine's launch
 * events), success rates and times to ready per machine and GPU model, and the blacklist that keeps failing machines out
 * of offers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Host history")
package cloud.dumont.machines;
