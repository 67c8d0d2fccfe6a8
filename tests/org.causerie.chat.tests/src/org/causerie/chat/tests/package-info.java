/** Integration tests of the chat service against the harness's ejabberd, and its throughput figure. */
package org.causerie.chat.tests;
