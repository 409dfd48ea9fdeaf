/**
 * The pool service: one headless process per pool that holds the pool durably, talks to every agent, keeps
 * deciding when no console is open, and serves every person's console (see {@code docs/service.md}).
 */
package org.flotilla.service;
