/** File transfer against the harness's real ejabberd: every method, refusals, cancels, uploads. */
package org.causerie.filetransfer.tests;
