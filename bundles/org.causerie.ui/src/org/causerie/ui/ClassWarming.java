package org.causerie.ui;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Loads and links (verifies) a bundle's classes ahead of their first use, without
 * running their static initializers: for a view's warm-up on a thread of its own
 * after start-up, so that the view's first use on the display thread does not read,
 * define and verify hundreds of classes. A class that cannot be loaded is skipped:
 * warming only makes later work faster.
 */
public final class ClassWarming {

    private ClassWarming() {
    }

    /**
     * @param anchor a class of the bundle whose classes are linked
     * @param path a folder of that bundle, e.g. {@code /org/eclipse/swt/widgets}
     * @param pattern the class files' names, e.g. {@code Tree*.class}
     * @param recurse whether the folder's sub-folders too
     * @return how many classes were linked
     */
    public static int link(Class<?> anchor, String path, String pattern, boolean recurse) {
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        BundleWiring wiring = bundle == null ? null : bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return 0;
        }
        int options = BundleWiring.LISTRESOURCES_LOCAL | (recurse ? BundleWiring.LISTRESOURCES_RECURSE : 0);
        int linked = 0;
        for (String resource : wiring.listResources(path, pattern, options)) {
            try {
                // loads, links and verifies; initializes nothing
                bundle.loadClass(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'))
                        .getDeclaredConstructors();
                linked++;
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                // a class this platform or the bundle's wiring cannot load: the view does not need it
            }
        }
        return linked;
    }
}
