/**
 * Tests of the pure board logic: XEP-0284's apply rules, the SVG policy, shapes
 * and edits with undo, convergence of simulated clients in one total order, and
 * a seeded fuzz of the parser and the applier.
 */
package org.causerie.whiteboard.internal.doc;
