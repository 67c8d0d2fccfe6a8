/**
 * The multi-user chat UI: the add-on (model fragment) with the RoomOpener service,
 * autojoined rooms and invitations; {@link org.causerie.muc.ui.internal.MucUi}, what
 * the menu, editors and popups do; the room editors' parts; strings in English and
 * French.
 */
package org.causerie.muc.ui.internal;
