/** The publish-subscribe parts: the node browser and the notifications view. */
package org.causerie.pubsub.ui.internal.views;
