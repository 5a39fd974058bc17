/** The simulated market: GPU models, machines, offers, their JSON and the search query language. */
package cloud.dumont.sim.internal.market;
