/**
 * Data forms (XEP-0004) as plain immutable values: what a room's configuration,
 * a pubsub node's configuration or an ad-hoc command asks for, and what the user
 * answers. One generic renderer in the UI serves all of them.
 */
package org.causerie.core.form;
