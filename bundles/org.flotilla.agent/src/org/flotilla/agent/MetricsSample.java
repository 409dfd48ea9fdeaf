package org.flotilla.agent;

/**
 * One reading of the node's load. Fractions are 0..1 of the host; rates are bytes per second since the previous
 * sample. The node shares compare the node's own processes with its allotment and may exceed 1 when the node uses
 * more than it offers.
 *
 * @param timestampMillis      when the sample was taken (epoch milliseconds)
 * @param hostCpu              busy fraction of all host CPUs since the previous sample
 * @param load1                1-minute load average (negative when the OS has none)
 * @param load5                5-minute load average
 * @param load15               15-minute load average
 * @param memoryUsedBytes      host memory in use (total minus available)
 * @param memoryTotalBytes     host memory
 * @param diskReadBytesPerSec  all disks
 * @param diskWriteBytesPerSec all disks
 * @param netRxBytesPerSec     all non-loopback interfaces
 * @param netTxBytesPerSec     all non-loopback interfaces
 * @param nodeCpuCores         cores used by the node's processes (the agent and what it started)
 * @param nodeCpuShare         {@code nodeCpuCores} / allotted cores
 * @param nodeMemoryBytes      resident memory of the node's processes
 * @param nodeMemoryShare      {@code nodeMemoryBytes} / allotted memory
 * @param nodeProcesses        how many processes the node counts as its own
 */
public record MetricsSample(long timestampMillis, double hostCpu, double load1, double load5, double load15,
		long memoryUsedBytes, long memoryTotalBytes, double diskReadBytesPerSec, double diskWriteBytesPerSec,
		double netRxBytesPerSec, double netTxBytesPerSec, double nodeCpuCores, double nodeCpuShare,
		long nodeMemoryBytes, double nodeMemoryShare, int nodeProcesses) {
}
