/** The handlers of the Rooms menu's commands (fragment.e4xmi). */
package org.causerie.muc.ui.internal.handlers;
