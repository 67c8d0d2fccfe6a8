/** Tests of the command line, run in process against the harness's ejabberd. */
package org.causerie.cli.tests;
