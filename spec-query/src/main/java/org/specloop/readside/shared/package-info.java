/**
 * Plumbing shared by the three parts of this module (query, notify, ui) that belongs to none of
 * them. It exists so that notifications, which must not depend on the query side or the UI, and
 * the query side can use one implementation of the same rule instead of copies; it depends on no
 * package of SpecLoop, and anything that knows a read model, a notification or a page stays out.
 */
package org.specloop.readside.shared;
