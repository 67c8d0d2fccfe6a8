/**
 * XEP-0284 on the wire, Smack style: the {@code <sxe xmlns='urn:xmpp:sxe:0'/>}
 * element with its payloads ({@code connect}, {@code state-offer},
 * {@code accept-state}, {@code refuse-state}, {@code state} with
 * {@code document-begin}, records and {@code document-end}), its provider, and
 * the Jingle session-initiate with the SXE transport (§4). The provider never
 * throws on hostile input (a throwing provider would make Smack close the
 * stream): what it cannot read becomes a refusal with a reason.
 */
package org.causerie.whiteboard.internal.sxe;
