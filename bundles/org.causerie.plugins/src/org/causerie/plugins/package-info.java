/**
 * Plugins installed while Causerie runs: bundles that contribute XEPs, roster
 * actions, chat panels, room tools... through the platform's contribution
 * services. {@link org.causerie.plugins.PluginService} installs them from a jar,
 * a folder of jars or a p2 repository built by Tycho, enables, disables and
 * removes them; they survive a restart. See docs/plugins.md.
 */
package org.causerie.plugins;
