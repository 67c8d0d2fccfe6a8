package org.causerie.core;

/** Presence a user can choose for an account (RFC 6121 §4.7.2.1, XEP-0186). */
public enum PresenceMode {
    AVAILABLE, CHAT, AWAY, XA, DND,
    /** Connected but shown as offline to everyone (XEP-0186, see docs/presence.md for the fallback). */
    INVISIBLE
}
