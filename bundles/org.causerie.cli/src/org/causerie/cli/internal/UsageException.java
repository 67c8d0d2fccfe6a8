package org.causerie.cli.internal;

/** The command line cannot be run as given; the message says why, in one line. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean showUsage;

    /**
     * @param message one line for the user
     * @param showUsage whether the full usage text should follow the message
     */
    public UsageException(String message, boolean showUsage) {
        super(message);
        this.showUsage = showUsage;
    }

    public UsageException(String message) {
        this(message, false);
    }

    /** @return whether the full usage text should follow the message */
    public boolean showUsage() {
        return showUsage;
    }
}
