/**
 * The pool service's durable state: snapshots of the pool and a journal of the changes made since
 * ({@link org.flotilla.service.store.PoolJournal}; files and recovery rules in {@code docs/service-store.md}).
 */
package org.flotilla.service.store;
