package org.causerie.roster.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.causerie.roster.ui.internal.model.GroupMoves;
import org.junit.jupiter.api.Test;

/** Moving a contact out of the group its row is under into another. */
class GroupMovesTest {

    @Test
    void replacesOnlyTheGroupMovedOutOf() {
        assertEquals(Set.of("Work", "Family"), GroupMoves.move(Set.of("Friends", "Work"), "Friends", "Family"));
    }

    @Test
    void fromNoGroupIntoOne() {
        assertEquals(Set.of("Team"), GroupMoves.move(Set.of(), "", " Team "));
    }

    @Test
    void intoNoGroupLeavesTheOthers() {
        assertEquals(Set.of("Work"), GroupMoves.move(Set.of("Friends", "Work"), "Friends", ""));
        assertEquals(Set.of(), GroupMoves.move(Set.of("Friends"), "Friends", "  "));
    }

    @Test
    void intoAGroupItIsAlreadyIn() {
        assertEquals(Set.of("Work"), GroupMoves.move(Set.of("Friends", "Work"), "Friends", "Work"));
    }
}
