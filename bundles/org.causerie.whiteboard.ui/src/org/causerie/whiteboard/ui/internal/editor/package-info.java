/**
 * The board editor (an e4 part): palette, canvas, participants, status; exporting
 * the board to PNG and SVG and importing a picture.
 */
package org.causerie.whiteboard.ui.internal.editor;
