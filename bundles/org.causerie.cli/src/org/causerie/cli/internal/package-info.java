/**
 * The command line's parsing, commands and output formats. Standard output and
 * standard error are written only here and in {@link org.causerie.cli.CliApplication}:
 * this is the one place in Causerie where printing is the product.
 */
package org.causerie.cli.internal;
