/**
 * UI tests of the real Causerie workbench: the e4 application model is started on a
 * display thread of the tests' own, under X (Xvfb in CI), and the Accounts view is
 * driven through its SWT widgets against the harness's private ejabberd.
 */
package org.causerie.app.tests;
