/**
 * Dialogs of the roster view: add a contact, contact details (resources, client
 * software, local time, vCard with picture), auto-away settings.
 */
package org.causerie.roster.ui.internal.dialogs;
