/**
 * The publish-subscribe UI: the add-on, the shared UI state, the notification
 * log, widget names and messages. Not API.
 */
package org.causerie.pubsub.ui.internal;
