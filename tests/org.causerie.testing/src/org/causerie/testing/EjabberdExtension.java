package org.causerie.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension giving tests one private ejabberd server per JVM.
 *
 * <p>The first test class that needs it starts the server (in a new directory under
 * the system property {@value #WORK_DIR_PROPERTY}, or in a temporary directory);
 * it stops when the test run ends, or at the latest when the JVM exits. Use it with
 * {@code @ExtendWith(EjabberdExtension.class)}, then take the server as a
 * constructor, lifecycle or test method parameter of type {@link EjabberdServer},
 * or from {@link #server()}.
 */
public final class EjabberdExtension implements BeforeAllCallback, ParameterResolver {

    /** System property naming the directory under which the server's work directory is made. */
    public static final String WORK_DIR_PROPERTY = "causerie.test.work";

    /**
     * @return the shared server, started if it was not
     * @throws EjabberdException if ejabberd is not installed or does not start
     */
    public static EjabberdServer server() {
        return SharedServer.EJABBERD.get();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        serverFor(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == EjabberdServer.class;
    }

    @Override
    public EjabberdServer resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return serverFor(extensionContext);
    }

    private static EjabberdServer serverFor(ExtensionContext context) {
        return SharedServer.EJABBERD.forRun(context);
    }
}
