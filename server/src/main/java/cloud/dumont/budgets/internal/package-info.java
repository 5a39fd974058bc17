/** How budgets are stored, checked and shown; only the module's root types are for other features. */
package cloud.dumont.budgets.internal;
