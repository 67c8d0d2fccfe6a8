package org.causerie.plugins;

/**
 * An install, enable, disable or uninstall that could not be done; the message
 * says why in words a user can act on. Nothing was changed when it is thrown by
 * an install (the plugin store and the running platform are as before).
 */
public class PluginException extends Exception {

    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
