package cloud.dumont.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests the one {@link DumontServer} of the run: {@code @ExtendWith(DumontServerExtension.class)} and a
 * {@code DumontServer} parameter on a test, a {@code @BeforeAll} or a constructor.
 */
public final class DumontServerExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DumontServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return DumontServer.shared(context);
    }
}
