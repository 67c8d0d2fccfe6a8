/** The publish-subscribe dialogs: nodes, ownership, publishing, subscriptions, extended presence. */
package org.causerie.pubsub.ui.internal.dialogs;
