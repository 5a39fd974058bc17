/** How the market is sampled, stored, folded and read; only the module's root types are for other features. */
package cloud.dumont.market.internal;
