/**
 * The HTTP plumbing every endpoint of this module shares, the command API's and ingest's alike: who is
 * asking (CurrentActor), refusals as RFC 9457 problem+json (ProblemResponses), Idempotency-Key replays,
 * and the actor and correlation id stamped on commands sent while serving a request. It sits outside
 * org.specloop.command so that ingest can use it without reaching into the command side; it knows the
 * command side only through the shared kernel's exceptions.
 */
package org.specloop.infrastructure.web;
