/**
 * The agent on each instance: its per-deployment token, the heartbeats it sends (GPU and app activity, for idle
 * detection) and the commands it carries out (snapshot the workspace, restore it). A module of its own, not part of
 * snapshots, because the deployment engine hands out tokens at launch and reads activity without needing storage.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Instance agent")
package cloud.dumont.agent;
