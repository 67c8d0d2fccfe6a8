package org.causerie.bench;

/** One way to talk XMPP that the benchmark measures: Causerie's services or raw Smack. */
interface Client {

    /** @return a display name */
    String name();

    /** Connects, authenticates, binds; then disconnects. @return nanoseconds until logged in */
    long connectOnce() throws Exception;

    /** Connects the echo pair A and B (B sends every message back to its sender). */
    void openPair() throws Exception;

    /** A sends to B, B echoes, A receives. @return nanoseconds */
    long roundTrip(String body) throws Exception;

    void closePair() throws Exception;
}
