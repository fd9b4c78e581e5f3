/**
 * What every feature of the gateway writes with and none owns: problem answers written on the router,
 * the injected clock as a cache ticker. It depends on no feature package, so features can share it
 * without depending on each other.
 */
package fr.guichet.gateway.plumbing;
