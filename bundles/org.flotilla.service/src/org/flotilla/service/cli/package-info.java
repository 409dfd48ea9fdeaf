/** {@code bin/flotilla}: scripting what the console does, against the pool service, with a person's certificate. */
package org.flotilla.service.cli;
