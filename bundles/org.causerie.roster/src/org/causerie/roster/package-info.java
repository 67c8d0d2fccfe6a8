/**
 * The roster of every connected account as immutable snapshots and change
 * events (RFC 6121 §2), presence per resource (RFC 6121 §4), the subscription
 * handshake (RFC 6121 §3) and contact details on request (XEP-0092, XEP-0202,
 * XEP-0054). Free of Smack and of UI.
 */
package org.causerie.roster;
