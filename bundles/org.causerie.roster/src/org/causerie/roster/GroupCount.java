package org.causerie.roster;

/**
 * A roster group with the number of its contacts online and in total.
 *
 * @param name the group's name; {@link RosterSnapshot#UNGROUPED} for contacts in no group
 * @param online contacts of the group with at least one available resource
 * @param total contacts in the group; 0 in a {@link RosterChange} means the group is gone
 */
public record GroupCount(String name, int online, int total) {
}
