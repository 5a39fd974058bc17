/** How host history is recorded, queried and judged; only the module's root types are for other features. */
package cloud.dumont.machines.internal;
