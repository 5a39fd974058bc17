/** Simulated instances: launch requests, the boot state machine, ports and the instance JSON. */
package cloud.dumont.sim.internal.instance;
