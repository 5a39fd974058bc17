package cloud.dumont.marketplace.internal;

/**
 * What a create-or-update call stored, and whether it created it: controllers answer 201 for a new resource and 200
 * for a change to (or a repeat of) an existing one.
 */
public record Saved<T>(T value, boolean created) {}
