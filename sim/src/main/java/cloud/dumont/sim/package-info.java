/**
 * A Vast.ai simulator: an HTTP server speaking the Vast.ai REST API over a seeded market, whose
 * instances boot, fail and answer on real loopback ports. Start it with {@link
 * cloud.dumont.sim.VastSimulator#start(SimulatorConfig)}; everything under {@code internal} is
 * private to the simulator.
 */
package cloud.dumont.sim;
