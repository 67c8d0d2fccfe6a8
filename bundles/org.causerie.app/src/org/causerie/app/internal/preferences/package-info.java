/**
 * File &gt; Preferences...: a modeless dialog listing the contributed
 * {@link org.causerie.ui.PreferencePageContribution} pages on the left and the
 * selected page on the right, with OK, Apply and Cancel. It follows the
 * contributions while it is open (plugins installed or removed meanwhile); the
 * tracker's callback and everything here run on the display thread.
 */
package org.causerie.app.internal.preferences;
