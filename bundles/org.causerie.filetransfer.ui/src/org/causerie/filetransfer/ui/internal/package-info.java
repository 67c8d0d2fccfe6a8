/**
 * The file transfer UI: the roster's "Send File..." action, the prompt for
 * incoming offers, the Transfers view (current and past transfers with their
 * method, speed and time left), an Eclipse Job with cancel per running transfer,
 * and the download folder preference.
 */
package org.causerie.filetransfer.ui.internal;
