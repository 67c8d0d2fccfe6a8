/** Integration tests of publish-subscribe and extended presence against the harness's ejabberd. */
package org.causerie.pubsub.tests;
