/**
 * The Accounts view: the table of configured accounts with their connection state
 * and last error, the account dialog and the certificate trust prompt. Everything
 * here runs on the display thread; account events and connection results arrive
 * on background threads and are marshalled with {@code Display.asyncExec}.
 */
package org.causerie.app.internal.accounts;
