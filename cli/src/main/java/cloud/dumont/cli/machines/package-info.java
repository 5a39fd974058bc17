/** {@code dumont machines}: the hosts deployments were tried on, their track records, and the blacklist. */
package cloud.dumont.cli.machines;
