package org.causerie.core;

/** Where an account's connection stands. */
public enum ConnectionState {
    /** Not connected, by the user's choice. */
    DISCONNECTED,
    /** Connecting, negotiating TLS, authenticating or binding. */
    CONNECTING,
    /** Authenticated and bound: the session is usable. */
    CONNECTED,
    /** The link dropped; waiting before the next automatic attempt. */
    RECONNECTING,
    /** The last attempt failed with an error that retrying will not fix. */
    FAILED
}
