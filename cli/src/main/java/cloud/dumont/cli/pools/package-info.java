/** {@code dumont pools}: the warm pools of running instances that Serverless deploys take at once. */
package cloud.dumont.cli.pools;
