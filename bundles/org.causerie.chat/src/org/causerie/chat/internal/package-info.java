/**
 * The Smack implementation of {@link org.causerie.chat.ChatService} and its
 * local store.
 *
 * <h2>Threads</h2>
 * Stanzas are handled on Smack's ordered listener thread; stanzas go out on one
 * sender thread; store writes and listener calls run on one event thread, in
 * the order the changes happened (each {@code Conversation} reports under its lock).
 *
 * <h2>Store format (version 1)</h2>
 * One file per conversation in
 * {@code <instance location>/.metadata/.plugins/org.causerie.chat/conversations/}
 * (the bundle's data area when there is no instance location), named by the
 * lower-case hex SHA-256 of {@code accountId + "\n" + peerBareJid} (UTF-8) plus
 * {@code .jsonl}, so no JID character reaches the file system. UTF-8, one JSON
 * object per line (RFC 8259), append-only:
 * <ul>
 * <li>line 1, the header: {@code {"v":1,"account":"<account id>","peer":"<bare JID>"}};</li>
 * <li>a message, written when it is added and again, whole, after each change:
 * {@code {"k":"m","id":"<stanza id>","dir":"IN"|"OUT","from":"<full JID>","to":"<JID>",
 * "ts":<epoch ms>,"state":"QUEUED"|"SENT"|"DELIVERED"|"FAILED","delayed":<bool>,
 * "carbon":<bool>,["corr":"<correction stanza id>",]"body":"<text>"
 * [,"p0n":"<namespace>","p0e":"<element>","p0x":"<xml>", "p1n":... ]}}, the kept
 * payloads (at most 8; one that does not read back is left out);
 * the last line of a given {@code dir}+{@code id} wins and the message keeps the
 * place of its first line;</li>
 * <li>a read marker, {@code {"k":"r","ts":<epoch ms>}}: the incoming messages
 * above it are read.</li>
 * </ul>
 * Reading takes only the last 32 MiB of a file and keeps the last 5,000
 * messages; a torn or unknown line is skipped. A message still {@code QUEUED}
 * when read back is shown as {@code FAILED}: the send queue lives in memory.
 */
package org.causerie.chat.internal;
