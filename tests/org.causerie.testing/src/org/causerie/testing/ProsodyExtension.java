package org.causerie.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension giving tests one private Prosody per JVM, as
 * {@link EjabberdExtension} does for ejabberd (the two can serve the same run).
 *
 * <p>The first test class that needs it starts the server (in a new directory under
 * the system property {@value EjabberdExtension#WORK_DIR_PROPERTY}, kept for its logs,
 * or in a temporary directory, deleted); it stops when the test run ends, or at the
 * latest when the JVM exits. Use it with {@code @ExtendWith(ProsodyExtension.class)},
 * then take a {@link ProsodyServer} parameter, or call {@link #server()}.
 */
public final class ProsodyExtension implements BeforeAllCallback, ParameterResolver {

    /**
     * @return the shared server, started (or restarted, if a test stopped it) as needed
     * @throws ProsodyException if Prosody is not installed or does not start
     */
    public static ProsodyServer server() {
        return SharedServer.PROSODY.get();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        SharedServer.PROSODY.forRun(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == ProsodyServer.class;
    }

    @Override
    public ProsodyServer resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return SharedServer.PROSODY.forRun(extensionContext);
    }
}
