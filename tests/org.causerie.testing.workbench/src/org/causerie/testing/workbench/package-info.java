/**
 * What the UI tests and the roster view benchmark share: the real Causerie workbench
 * (the product's application model) started on a display thread of its own
 * ({@link org.causerie.testing.workbench.WorkbenchRunner}, with the product's branding
 * from {@link org.causerie.testing.workbench.TestApplicationContext}), and
 * {@link org.causerie.testing.workbench.Ui}, which drives its SWT widgets from the test
 * thread, and {@link org.causerie.testing.workbench.Mouse}, the user's mouse through the
 * X server (drag and drop, activity after idleness). Depends on Eclipse and SWT only,
 * never on Causerie's UI bundles: widget names are looked up under the key a test
 * passes (its bundle's {@code WidgetIds.KEY}).
 */
package org.causerie.testing.workbench;
