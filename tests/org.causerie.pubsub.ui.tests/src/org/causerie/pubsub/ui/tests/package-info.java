/** UI tests of the publish-subscribe UI in the real workbench under X. */
package org.causerie.pubsub.ui.tests;
