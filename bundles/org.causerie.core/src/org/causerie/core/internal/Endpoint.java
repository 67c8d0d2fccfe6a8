package org.causerie.core.internal;

import java.net.InetAddress;

/** Where to open the TCP connection for an account. */
record Endpoint(InetAddress address, int port) {
}
