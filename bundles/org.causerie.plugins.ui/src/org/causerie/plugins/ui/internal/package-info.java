/**
 * The Plugins view: install a plugin from a jar, a folder or a p2 repository,
 * see the installed ones (name, version, vendor, XEPs, state, what went wrong),
 * enable, disable and remove them, on {@link org.causerie.plugins.PluginService}.
 * Exported to its UI tests only.
 */
package org.causerie.plugins.ui.internal;
