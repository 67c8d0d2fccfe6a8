/**
 * Causerie's headless command line ({@code causerie-cli}): an Equinox application
 * over the core services that sends, receives and sets presence for a transient
 * account. {@link org.causerie.cli.CliMain} runs one command line in process.
 */
package org.causerie.cli;
