/**
 * One-to-one chat (RFC 6121 §5) for every connected account, without UI:
 * conversations, messages with their delivery state, chat states, corrections
 * and a local history that survives restarts.
 *
 * <p>{@link org.causerie.chat.ChatService} is the entry point; its models are
 * immutable and its {@link org.causerie.chat.ChatListener} events come on a
 * background thread, in order. Message carbons (XEP-0280), delivery receipts
 * (XEP-0184), chat states (XEP-0085), last message correction (XEP-0308) and
 * delayed delivery (XEP-0203) are handled inside; no Smack type appears here.
 */
package org.causerie.chat;
