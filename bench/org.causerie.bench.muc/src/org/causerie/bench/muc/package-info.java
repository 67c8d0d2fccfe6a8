/**
 * The rooms benchmark (bench/muc): a persistent room on the harness's ejabberd with
 * 5,000 messages of history and 200 occupants (199 raw Smack sessions in a JVM of
 * their own, and the workbench's), joined from the real workbench: join until the room
 * editor shows the whole history, the last history stanza's arrival until it is
 * shown, the occupant list, the display thread's longest stall, resident memory.
 * Prints {@code BENCH} lines; asserts only correctness.
 */
package org.causerie.bench.muc;
