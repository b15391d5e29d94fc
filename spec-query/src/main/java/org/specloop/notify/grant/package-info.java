/**
 * OEM tenancy: what each OEM account may follow. An admin grants an account part numbers and
 * specification ids; subscriptions may only name granted ones, and every notification is checked
 * against the grant twice, when it is queued and again just before it is sent, so a revocation stops
 * deliveries that were already waiting. Each grant and revocation is kept with who, when and why.
 */
package org.specloop.notify.grant;
