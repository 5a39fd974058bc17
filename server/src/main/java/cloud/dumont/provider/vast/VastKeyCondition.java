package cloud.dumont.provider.vast;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether {@code dumont.vast.api-key} holds a key. {@code @ConditionalOnProperty} cannot tell blank from set, and
 * application.yaml binds the key to {@code ${VAST_API_KEY:}}, which is an empty string when the variable is absent.
 */
abstract class VastKeyCondition implements Condition {

    static final String PROPERTY = "dumont.vast.api-key";

    private final boolean wanted;

    private VastKeyCondition(boolean wanted) {
        this.wanted = wanted;
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String key = context.getEnvironment().getProperty(PROPERTY, "");
        return key.isBlank() != wanted;
    }

    static final class Given extends VastKeyCondition {
        Given() {
            super(true);
        }
    }

    static final class Missing extends VastKeyCondition {
        Missing() {
            super(false);
        }
    }
}
