/**
 * The whiteboard benchmark (bench/whiteboard, issue 5): a stroke's latency from one
 * drawer to 20 participants of a room on the harness's ejabberd, a late joiner
 * loading a 10,000-shape board, the full repaint of a 10,000-shape board on the
 * editor's canvas under X. Prints {@code BENCH} lines; asserts only correctness.
 */
package org.causerie.bench.whiteboard;
