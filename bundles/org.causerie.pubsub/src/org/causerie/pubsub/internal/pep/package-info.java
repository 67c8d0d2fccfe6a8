/**
 * The Smack implementation of extended presence over personal eventing
 * (XEP-0163): payload reading and writing, avatars, {@code +notify} features.
 * Not API.
 */
package org.causerie.pubsub.internal.pep;
