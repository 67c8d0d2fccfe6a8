package org.causerie.testing.sessions;

import org.opentest4j.AssertionFailedError;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Services from the OSGi registry of the test runtime. */
public final class Services {

    private Services() {
    }

    /** @return this support bundle's context (any bundle's would do to look services up) */
    public static BundleContext context() {
        return FrameworkUtil.getBundle(Services.class).getBundleContext();
    }

    /** @return the service, waiting up to {@link Waiting#TIMEOUT} for DS to register it */
    public static <T> T get(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(Waiting.TIMEOUT.toMillis());
            if (service == null) {
                throw new AssertionFailedError("no " + type.getSimpleName() + " service within " + Waiting.TIMEOUT);
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted", e);
        } finally {
            tracker.close();
        }
    }
}
