/**
 * The loop's read API (/api/loop): an adapter over the policy package's public views and table
 * reads. It depends on the policy package, never the reverse, and nothing outside depends on it.
 */
package org.specloop.loop.http;
