/**
 * How the pool journal lays out its files and writes them durably. Not API: other bundles use
 * {@link org.flotilla.service.store.PoolJournal} only.
 */
package org.flotilla.service.store.internal;
