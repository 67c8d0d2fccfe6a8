/**
 * Publish-subscribe (XEP-0060): services, the node tree, node configuration and
 * ownership, subscriptions, publishing and live notifications, as plain
 * immutable values. Smack stays in the internal packages. Personal eventing
 * (XEP-0163) values are in {@code org.causerie.pubsub.pep}.
 */
package org.causerie.pubsub;
