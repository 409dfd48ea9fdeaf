package org.flotilla.agent;

import java.time.Instant;
import java.util.UUID;

/** Who this node is: created on first start, kept in the journal for ever after. */
public record Identity(UUID nodeId, String nodeName, Instant enrolledAt) {
}
