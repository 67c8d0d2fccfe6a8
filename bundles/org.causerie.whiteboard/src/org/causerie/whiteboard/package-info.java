/**
 * Shared whiteboards (XEP-0284 Shared XML Editing over an SVG document) in
 * multi-user chat rooms and one-to-one sessions: the board as immutable shapes,
 * the edits a user makes, undo and redo of the user's own edits, and listeners.
 *
 * <p>Everything here is plain immutable values and listeners; Smack and the SXE
 * record machinery stay in {@code org.causerie.whiteboard.internal}. See
 * docs/whiteboard.md for the protocol choices.
 */
package org.causerie.whiteboard;
