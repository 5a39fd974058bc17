package cloud.dumont.dynamo;

/** One thing wrong with a configuration, named by the field the client sent. */
record FieldError(String field, String message) {}
