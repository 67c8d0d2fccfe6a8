/**
 * The board's SWT canvas: the view (zoom and pan), painting shapes with
 * double buffering and damaged-region repaints, geometry (bounds, hit tests),
 * and the drawing tools that turn mouse gestures into edits.
 */
package org.causerie.whiteboard.ui.internal.canvas;
