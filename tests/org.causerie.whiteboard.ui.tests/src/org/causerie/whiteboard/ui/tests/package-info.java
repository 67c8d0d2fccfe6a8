/**
 * Workbench tests of the whiteboard UI, against the harness's ejabberd: the room
 * tool, a stroke drawn with the X server's pointer, what another participant sees.
 */
package org.causerie.whiteboard.ui.tests;
