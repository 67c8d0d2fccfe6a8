/**
 * Private ejabberd (and Prosody) test harness for Causerie integration tests.
 *
 * <p>{@link org.causerie.testing.EjabberdServer} starts a throw-away ejabberd 23.01
 * node (own configuration, database, logs, node name, cookie, self-signed
 * certificate and free loopback ports) and offers fast account and roster
 * set-up. {@link org.causerie.testing.EjabberdExtension} shares one such server
 * per test JVM with JUnit 5 tests, and {@link org.causerie.testing.TestAccounts}
 * hands out unique accounts so that tests never share one by accident.
 *
 * <p>{@link org.causerie.testing.ProsodyServer} and
 * {@link org.causerie.testing.ProsodyExtension} do the same with a private Prosody
 * 0.12, for what ejabberd 23.01 lacks (XEP-0402 bookmarks); both servers are
 * {@link org.causerie.testing.TestServer}s, which is all {@code TestAccounts} and
 * the session helpers need.
 *
 * <p>Only the JDK and the JUnit 5 API are used; the XMPP client library is not.
 */
package org.causerie.testing;
