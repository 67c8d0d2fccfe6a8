package org.causerie.testing.workbench;

import java.util.Arrays;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * What the Causerie product gives {@code E4Application}: its branding properties
 * (the application model, no persisted state), without a running product. The
 * branding bundle is {@code org.causerie.app}, found by name so that this bundle does
 * not depend on it.
 */
public final class TestApplicationContext implements IApplicationContext {

    private static final String APP_BUNDLE = "org.causerie.app";

    private static final Map<String, String> BRANDING = Map.of(
            "appName", "Causerie",
            "applicationXMI", APP_BUNDLE + "/Application.e4xmi",
            "clearPersistedState", "true");

    @Override
    public Map<String, Object> getArguments() {
        return Map.of(APPLICATION_ARGS, new String[0]);
    }

    @Override
    public void applicationRunning() {
        // no splash screen to close
    }

    @Override
    public String getBrandingApplication() {
        return "org.eclipse.e4.ui.workbench.swt.E4Application";
    }

    @Override
    public String getBrandingName() {
        return "Causerie";
    }

    @Override
    public String getBrandingDescription() {
        return "Causerie";
    }

    @Override
    public String getBrandingId() {
        return "org.causerie.app.product";
    }

    @Override
    public String getBrandingProperty(String key) {
        return BRANDING.get(key);
    }

    /** @return the bundle {@code org.causerie.app}, which holds the application model */
    @Override
    public Bundle getBrandingBundle() {
        BundleContext context = FrameworkUtil.getBundle(TestApplicationContext.class).getBundleContext();
        if (context == null) {
            throw new IllegalStateException("org.causerie.testing.workbench is not started");
        }
        return Arrays.stream(context.getBundles()).filter(b -> APP_BUNDLE.equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new IllegalStateException(APP_BUNDLE + " is not installed"));
    }

    @Override
    public void setResult(Object result, IApplication application) {
        // the tests do not run as an application
    }
}
