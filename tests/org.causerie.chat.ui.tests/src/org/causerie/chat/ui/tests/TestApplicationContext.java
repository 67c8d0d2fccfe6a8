package org.causerie.chat.ui.tests;

import java.util.Map;

import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What the Causerie product gives {@code E4Application}: its branding properties
 * (the application model, no persisted state), without a running product.
 */
final class TestApplicationContext implements IApplicationContext {

    private static final Map<String, String> BRANDING = Map.of(
            "appName", "Causerie",
            "applicationXMI", "org.causerie.app/Application.e4xmi",
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

    @Override
    public Bundle getBrandingBundle() {
        return FrameworkUtil.getBundle(org.causerie.app.internal.Messages.class);
    }

    @Override
    public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
        // the tests do not run as an application
    }
}
