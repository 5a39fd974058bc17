/** The simulator's inside: not for use outside {@code cloud.dumont.sim}; may change at any time. */
package cloud.dumont.sim.internal;
