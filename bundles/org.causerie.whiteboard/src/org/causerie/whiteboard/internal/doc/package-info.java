/**
 * The SXE document (XEP-0284 §10.3): records with rid, parent, primary-weight and
 * version, the rules that apply {@code new}, {@code set} and {@code remove}
 * (§10.5, §10.6), the SVG policy that refuses hostile content, and the mapping
 * between the record tree and the board's shapes. Pure Java, no Smack, no
 * threads, no clock: given the same records in the same order every replica
 * ends identical, which the convergence tests check exhaustively.
 */
package org.causerie.whiteboard.internal.doc;
