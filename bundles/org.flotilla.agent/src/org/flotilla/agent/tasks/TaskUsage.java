package org.flotilla.agent.tasks;

/**
 * What one running task used over the last report interval, measured over all its processes.
 *
 * @param cpuCores             cores used on average over the interval
 * @param memoryBytes          resident memory of its processes now
 * @param ioReadBytesPerSec    storage read, bytes per second; NaN where the node cannot tell
 * @param ioWriteBytesPerSec   storage written, bytes per second; NaN where the node cannot tell
 */
public record TaskUsage(String taskId, long timestampMillis, double cpuCores, long memoryBytes,
		double ioReadBytesPerSec, double ioWriteBytesPerSec) {
}
