/**
 * The rooms UI's dialogs: join (with errors in words and retry), room browser,
 * create (instant or configured), configuration (the generic data form renderer),
 * affiliation lists, invitation, bookmark, destroy.
 */
package org.causerie.muc.ui.internal.dialogs;
