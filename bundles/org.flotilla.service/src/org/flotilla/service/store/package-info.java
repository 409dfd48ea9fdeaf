/** The pool service's durable state: snapshots of the pool and a journal of the changes made since. */
package org.flotilla.service.store;
