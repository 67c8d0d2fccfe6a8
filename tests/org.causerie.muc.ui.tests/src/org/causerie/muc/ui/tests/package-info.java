/**
 * Tests of the rooms UI: the data form renderer with literal forms, the layout of
 * room lines, translations, and the real workbench against the harness's ejabberd
 * (join dialog, room editor, configuration, room tools).
 */
package org.causerie.muc.ui.tests;
