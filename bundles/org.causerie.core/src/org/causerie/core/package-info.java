/**
 * Causerie's core API: configured accounts, connected sessions, own presence,
 * plain messages and the XEP contribution point. Model objects are immutable;
 * nothing here exposes Smack (see {@code org.causerie.core.spi} for that).
 */
package org.causerie.core;
