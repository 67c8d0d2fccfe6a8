/**
 * The Smack implementation of {@link org.causerie.muc.MucService}.
 *
 * <h2>Threads</h2>
 * A room's presences and messages are handled on Smack's ordered listener
 * thread ({@link org.causerie.muc.internal.AccountRooms}), which only updates
 * memory under the room's lock; listeners are called on one event thread
 * ({@link org.causerie.muc.internal.Notifier}) in the order things happened;
 * every request that waits for an answer runs on the service's own threads.
 *
 * <h2>Why not Smack's MultiUserChat for presence</h2>
 * Smack 4.4's {@code MultiUserChat} keeps a joined flag that outlives a lost
 * stream: rejoining first sends a leave and waits the reply timeout for an
 * answer the room never gives. Entering, leaving, renaming and occupant tracking
 * are done here from the stanzas (XEP-0045 §7); the owner's and moderators'
 * requests use Smack's MUC elements ({@code MUCAdmin}, {@code MUCOwner}).
 */
package org.causerie.muc.internal;
