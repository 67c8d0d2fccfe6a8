/**
 * The Smack implementation of {@link org.causerie.whiteboard.WhiteboardService}:
 * boards in rooms (groupchat {@code <sxe/>} messages in the room's order) and
 * one-to-one (Jingle negotiation, the host orders), the joining protocol, flood
 * limits, and the providers and disco features this bundle adds while it runs.
 * The board logic itself is pure and lives in {@code internal.doc}.
 */
package org.causerie.whiteboard.internal;
