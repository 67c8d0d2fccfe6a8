/**
 * Tests of the roster view: unit tests of its model (rows, grouping, filtering,
 * idle machine, group moves, pictures) and UI tests of the real workbench under
 * X against the harness's private ejabberd.
 */
package org.causerie.roster.ui.tests;
