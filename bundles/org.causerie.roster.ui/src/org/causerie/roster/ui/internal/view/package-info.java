/**
 * The roster view's widgets: the virtual tree, its pictures, context menu (with
 * the {@link org.causerie.ui.RosterActionContribution}s), drag and drop, the
 * subscription request bar, and the actions they run.
 */
package org.causerie.roster.ui.internal.view;
