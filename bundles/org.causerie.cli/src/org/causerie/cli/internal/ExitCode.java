package org.causerie.cli.internal;

/** The process exit codes, one per class of failure a script can act on. */
public enum ExitCode {
    /** Done. */
    OK(0),
    /** Anything not listed below. */
    OTHER(1),
    /** Bad command line or unreadable password file. */
    USAGE(2),
    /** The server refused the password (SASL not-authorized). */
    WRONG_PASSWORD(3),
    /** The server's certificate does not validate and is not pinned with --trust. */
    UNTRUSTED_CERTIFICATE(4),
    /** Unknown host, connection refused or no answer in time. */
    UNREACHABLE(5),
    /** TLS handshake failed or STARTTLS not offered while required. */
    TLS(6),
    /** The server refused an in-band registration (e.g. the name is taken). */
    REGISTRATION_REFUSED(7),
    /** {@code listen --count N --timeout S} ended before N messages arrived. */
    TIMEOUT(8);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** @return the numeric process exit code */
    public int code() {
        return code;
    }
}
