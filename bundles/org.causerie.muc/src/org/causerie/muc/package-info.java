/**
 * Multi-user chat rooms (XEP-0045) for every connected account: discovering
 * services and rooms, joining, creating and configuring, the conversation and its
 * occupants, moderation, invitations, bookmarks with autojoin (XEP-0402, falling
 * back to XEP-0048 private storage) and the room's archive (XEP-0313).
 *
 * <p>Everything here is plain immutable values and listeners; Smack stays in
 * {@code org.causerie.muc.internal}.
 */
package org.causerie.muc;
