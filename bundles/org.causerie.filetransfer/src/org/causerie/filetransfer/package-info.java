/**
 * File transfer for every connected account: stream initiation (XEP-0096) over
 * SOCKS5 bytestreams (XEP-0065), direct or through a proxy, falling back to
 * in-band bytestreams (XEP-0047), and HTTP upload (XEP-0363) with the link sent
 * as out-of-band data (XEP-0066) for rooms and offline contacts.
 *
 * <p>Receiving is always the user's decision: an offer stays pending until it is
 * accepted into a folder or declined. {@link org.causerie.filetransfer.SafeFileName}
 * keeps a hostile name inside the chosen folder. Everything here is plain
 * immutable values and listeners; Smack stays in
 * {@code org.causerie.filetransfer.internal}.
 */
package org.causerie.filetransfer;
