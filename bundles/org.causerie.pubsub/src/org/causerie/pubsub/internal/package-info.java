/**
 * The Smack implementation of the publish-subscribe service: requests,
 * notifications, payload checks. Not API.
 */
package org.causerie.pubsub.internal;
