/**
 * Extended presence over personal eventing (XEP-0163): the user's own mood
 * (XEP-0107), activity (XEP-0108), tune (XEP-0118), geolocation (XEP-0080),
 * nickname (XEP-0172) and avatar (XEP-0084, XEP-0153), and the values the
 * user's contacts publish.
 */
package org.causerie.pubsub.pep;
