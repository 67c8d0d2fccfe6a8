/**
 * The whiteboard UI: the add-on that provides {@link org.causerie.whiteboard.ui.internal.BoardOpener},
 * the board editors' parts, the "Whiteboard" room tool and roster action
 * (contributions tracked by the rooms and roster UIs), messages and widget names.
 */
package org.causerie.whiteboard.ui.internal;
