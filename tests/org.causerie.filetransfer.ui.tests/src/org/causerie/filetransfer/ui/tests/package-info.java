/** The file transfer UI in the real workbench under X, against the harness's ejabberd. */
package org.causerie.filetransfer.ui.tests;
