/** Tests of the pubsub internals from literal XML: providers, payload checks. */
package org.causerie.pubsub.internal;
