/** Integration tests of the whiteboard service against the harness's ejabberd: boards in rooms and one-to-one. */
package org.causerie.whiteboard.tests;
