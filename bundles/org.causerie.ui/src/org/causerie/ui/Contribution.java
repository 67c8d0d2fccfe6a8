package org.causerie.ui;

/**
 * What every contribution has: a stable id, a label in the user's language and
 * a place among its peers.
 */
public interface Contribution {

    /** @return a stable identifier, e.g. "org.example.attention.buzz" */
    String id();

    /** @return the label shown to the user, already localized by the contributor */
    String label();

    /** @return where it goes among contributions of its kind: lower first (ties: by id) */
    default int order() {
        return 0;
    }
}
