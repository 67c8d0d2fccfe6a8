/**
 * Tests of the chat UI: the text logic (safe text, links, emoticons, layout of a
 * message) as plain unit tests, and the chat editors in the real workbench under
 * X against the harness's ejabberd, two accounts in one workbench.
 */
package org.causerie.chat.ui.tests;
