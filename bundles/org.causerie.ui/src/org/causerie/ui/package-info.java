/**
 * The workbench's typed contribution points. A plugin registers one of these
 * interfaces as an OSGi service (a DS component) and the views that show such
 * contributions pick it up at once and drop it when the service goes, in
 * windows already open: roster actions (context menu), chat panels, room tools
 * ({@link org.causerie.ui.RoomToolContribution}), lines shown in chat and room
 * transcripts for message payloads ({@link org.causerie.ui.MessageRendererContribution}), pages of the Preferences dialog
 * ({@link org.causerie.ui.PreferencePageContribution}). The UI areas also offer typed services
 * to each other: {@link org.causerie.ui.ConversationOpener} and
 * {@link org.causerie.ui.RoomOpener}. Labels are
 * localized by the contributor. Views track contributions with
 * {@link org.causerie.ui.Contributions}.
 */
package org.causerie.ui;
