/** {@code dumont market} and {@code dumont gpus}: spot prices now and over time, bids, and a template's GPU picks. */
package cloud.dumont.cli.market;
