/**
 * The plugin store on disk, usable with or without a running platform (the
 * command line edits it; the workbench loads it at start): a folder of plugin
 * jars and a state file saying which are enabled; reading plugin sources (jar,
 * folder, p2 repository) and the rules a plugin's manifest must follow.
 */
package org.causerie.plugins.store;
