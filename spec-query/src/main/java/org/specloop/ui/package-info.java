/**
 * The quality engineers' workspace, a client of both sides: it sends contracts' commands through the
 * command gateway, reads the query side's read models (never its controllers) and draws the loop's
 * control charts, computing none of its own (ReadSideArchitectureTest).
 */
package org.specloop.ui;
