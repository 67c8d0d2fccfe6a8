/** The publish-subscribe menu's handlers. */
package org.causerie.pubsub.ui.internal.handlers;
