package cloud.dumont.sdk;

import tools.jackson.databind.JavaType;

/** Generic types for Jackson, which cannot see a {@code List<T>}'s element type at run time. */
final class Types {

    private Types() {}

    static JavaType listOf(Class<?> element) {
        return Http.JSON.getTypeFactory().constructCollectionType(java.util.List.class, element);
    }
}
