package org.causerie.core;

/**
 * Told about account changes. Called on a Causerie or Smack thread, never the
 * display thread: UIs marshal.
 */
public interface AccountListener {

    /** The list of accounts or one account's settings changed. */
    default void accountsChanged() {
    }

    /** @param status the account's new connection status */
    default void statusChanged(ConnectionStatus status) {
    }
}
