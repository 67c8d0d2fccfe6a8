/**
 * Causerie's core API: configured accounts, connected sessions, own presence,
 * plain messages, the XEP contribution point and the message payloads
 * plugins ask the chat and room services to keep ({@link org.causerie.core.MessagePayloadContribution}). Model objects are immutable;
 * nothing here exposes Smack (see {@code org.causerie.core.spi} for that).
 */
package org.causerie.core;
