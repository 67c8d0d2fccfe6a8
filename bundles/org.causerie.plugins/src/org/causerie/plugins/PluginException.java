package org.causerie.plugins;

import java.util.List;
import java.util.Objects;

/**
 * An install, enable, disable or uninstall that could not be done. The message
 * says why in English (logs, the command line); {@link #reason()} and
 * {@link #arguments()} let a UI say it in the user's language. Nothing was
 * changed when it is thrown by an install (the plugin store and the running
 * platform are as before).
 */
public class PluginException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why, with the arguments each reason carries. */
    public enum Reason {
        /** the path does not exist: (path) */
        NOT_FOUND,
        /** neither a jar, a folder nor a zip: (file name) */
        NOT_A_SOURCE,
        /** a folder or repository without jars: (folder) */
        NO_JAR,
        /** a jar without Bundle-SymbolicName: (file name) */
        NOT_A_BUNDLE,
        /** a file that cannot be read: (file name, what went wrong) */
        UNREADABLE,
        /** wires to secure storage: (file name, id, the header entry) */
        REFUSED_SECURE_STORAGE,
        /** reaches Causerie's internals: (file name, id, the header entry) */
        REFUSED_INTERNALS,
        /** DynamicImport-Package: (file name, id, the header entry) */
        REFUSED_DYNAMIC_IMPORT,
        /** a fragment of a bundle that is not a plugin: (file name, id, host) */
        REFUSED_FRAGMENT,
        /** the symbolic name of a platform bundle: (file name, id) */
        REFUSED_PLATFORM_NAME,
        /** no plugin with that id: (id) */
        NOT_INSTALLED,
        /** a fragment cannot be disabled alone: (id) */
        FRAGMENT,
        /** the plugin store's folder cannot be used: (folder, what went wrong) */
        STORE,
        /** the OSGi framework refused or did not finish: (id, what went wrong) */
        FRAMEWORK
    }

    private final Reason reason;
    private final List<String> arguments;

    public PluginException(Reason reason, String message, List<String> arguments) {
        this(reason, message, arguments, null);
    }

    public PluginException(Reason reason, String message, List<String> arguments, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.arguments = List.copyOf(arguments);
    }

    /** @return why */
    public Reason reason() {
        return reason;
    }

    /** @return the reason's arguments, as listed on each {@link Reason} */
    public List<String> arguments() {
        return arguments;
    }
}
