/**
 * The roster view benchmark: a 10,000-contact roster created server-side, raw
 * Smack's login until the roster is loaded next to the workbench's login until
 * every row is available in the roster view, the display thread's longest stall
 * meanwhile, and the process's resident memory. Prints {@code BENCH} lines.
 */
package org.causerie.bench.roster;
