/**
 * Authoring in the workspace: finding a specification, creating one, and drafting, editing, proposing
 * and discarding its revisions. The forms send the API's own JSON to the API's own endpoints (ui.js),
 * so a refusal is the API's problem+json and there is one validation per message kind; the server here
 * only renders pages and the live diff of what is being typed.
 */
package org.specloop.ui.authoring;
