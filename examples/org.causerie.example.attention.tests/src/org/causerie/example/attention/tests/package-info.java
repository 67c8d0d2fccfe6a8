/** Tests of the XEP-0224 sample plugin: parsing from literal XML, a buzz between two accounts. */
package org.causerie.example.attention.tests;
