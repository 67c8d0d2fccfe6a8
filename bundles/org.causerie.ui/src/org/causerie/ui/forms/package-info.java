/**
 * Data forms (XEP-0004) on screen: {@link org.causerie.ui.forms.FormRenderer} shows any
 * form an entity sends (a room's configuration, a pubsub node's, an ad-hoc command)
 * and gives back the filled answer; {@link org.causerie.ui.forms.FormValidator} and
 * {@link org.causerie.ui.forms.JidSyntax} check the values without SWT.
 */
package org.causerie.ui.forms;
