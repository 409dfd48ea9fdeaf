package org.flotilla.model.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flotilla.model.Disk;
import org.flotilla.model.Memory;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Parameter;
import org.flotilla.model.ParameterDefinition;
import org.flotilla.model.ParameterType;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.Processor;
import org.flotilla.model.Task;

/**
 * The rules a user can break while editing a pool. Every diagnostic carries the offending object
 * and feature as its data (EMF's convention), so an editor can show it beside the field, and its
 * message names both.
 */
public class PoolValidator extends EObjectValidator {

	/** Diagnostic source of this validator. */
	public static final String SOURCE = "org.flotilla.model";

	public static final int NOT_POSITIVE = 1;
	public static final int DUPLICATE_NAME = 2;
	public static final int DUPLICATE_ADDRESS = 3;
	public static final int PARAMETER_VALUE = 4;
	public static final int DEMAND_TOO_LARGE = 5;
	public static final int SELF_ANTI_AFFINITY = 6;
	public static final int CONTRADICTORY_AFFINITY = 7;
	public static final int NEGATIVE_DEMAND = 8;
	public static final int PARAMETER_DEFINITION = 9;
	public static final int TASK_NAME = 10;
	public static final int NEGATIVE_RESTARTS = 11;
	/** What agents accept as an environment variable's name. */
	private static final java.util.regex.Pattern ENVIRONMENT_NAME = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	public static final int NO_COMMAND = 12;
	public static final int ENVIRONMENT = 13;
	public static final int RESTART_GRACE = 14;
	public static final int PROFILE = 15;
	public static final int SOFTWARE_PACKAGE = 16;

	/**
	 * What a task's name must be: it is the task's id on the wire and on the agents' disks (docs/tasks.md; the
	 * protocol's TaskSpec.ID, which the model cannot see).
	 */
	public static final java.util.regex.Pattern TASK_NAME_PATTERN = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final PoolPackage P = PoolPackage.eINSTANCE;

	@Override
	protected EPackage getEPackage() {
		return P;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate(eClass, object, diagnostics, context);
		if (object instanceof Node node) {
			valid &= validateNode(node, diagnostics, context);
		} else if (object instanceof Processor processor) {
			valid &= positive(processor, P.getProcessor_Cores(), processor.getCores(), diagnostics);
		} else if (object instanceof Memory memory) {
			valid &= positive(memory, P.getMemory_SizeMib(), memory.getSizeMib(), diagnostics);
		} else if (object instanceof Disk disk) {
			valid &= positive(disk, P.getDisk_SizeGib(), disk.getSizeGib(), diagnostics);
		} else if (object instanceof Parameter parameter) {
			valid &= validateParameter(parameter, diagnostics);
		} else if (object instanceof ParameterDefinition definition) {
			valid &= validateDefinition(definition, diagnostics);
		} else if (object instanceof Task task) {
			valid &= validateTask(task, diagnostics, context);
		} else if (object instanceof Pool pool) {
			valid &= validatePool(pool, diagnostics);
		} else if (object instanceof org.flotilla.model.ProfileEntry entry) {
			valid &= ProfileRules.validateEntry(entry, diagnostics);
		} else if (object instanceof org.flotilla.model.SoftwarePackage softwarePackage) {
			valid &= ProfileRules.validatePackage(softwarePackage, diagnostics);
		}
		if (object instanceof Node node) {
			valid &= ProfileRules.validateOverrides(node, diagnostics);
		}
		return valid;
	}

	private boolean validatePool(Pool pool, DiagnosticChain diagnostics) {
		if (pool.getRestartGraceSeconds() >= 1) {
			return true;
		}
		// 0 would restart a node's tasks elsewhere the moment it is found silent, and have agents apply the isolation
		// response while a console is still connected.
		report(diagnostics, RESTART_GRACE, pool, P.getPool_RestartGraceSeconds(), describe(pool) + ": "
				+ label(P.getPool_RestartGraceSeconds()) + " must be at least 1 s (is " + pool.getRestartGraceSeconds() + ")");
		return false;
	}

	private boolean validateNode(Node node, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = positive(node, P.getNode_CpuCapacity(), node.getCpuCapacity(), diagnostics);
		valid &= positive(node, P.getNode_MemoryCapacity(), node.getMemoryCapacity(), diagnostics);
		valid &= positive(node, P.getNode_DiskCapacity(), node.getDiskCapacity(), diagnostics);
		valid &= positive(node, P.getNode_NetworkCapacity(), node.getNetworkCapacity(), diagnostics);

		PoolIndex index = PoolIndex.of(node, context);
		if (index != null) {
			if (node.getName() != null && index.nodesNamed(node.getName()) > 1) {
				valid = false;
				report(diagnostics, DUPLICATE_NAME, node, P.getNode_Name(),
						describe(node) + ": name '" + node.getName() + "' is used by " + index.nodesNamed(node.getName())
								+ " nodes; node names must be unique");
			}
			if (node.getAddress() != null && !node.getAddress().isBlank()
					&& index.nodesAt(node.getAddress()) > 1) {
				valid = false;
				report(diagnostics, DUPLICATE_ADDRESS, node, P.getNode_Address(),
						describe(node) + ": address '" + node.getAddress() + "' is used by "
								+ index.nodesAt(node.getAddress()) + " nodes; node addresses must be unique");
			}
		}
		return valid;
	}

	private boolean validateParameter(Parameter parameter, DiagnosticChain diagnostics) {
		boolean valid = true;
		ParameterDefinition definition = parameter.getDefinition();
		for (EStructuralFeature feature : List.of(P.getParameter_Value(), P.getParameter_DesiredValue())) {
			String problem = ParameterValues.problem(definition, (String) parameter.eGet(feature));
			if (problem != null) {
				valid = false;
				report(diagnostics, PARAMETER_VALUE, parameter, feature, describe(parameter) + ": " + label(feature) + " " + problem);
			}
		}
		return valid;
	}

	private boolean validateDefinition(ParameterDefinition definition, DiagnosticChain diagnostics) {
		boolean valid = true;
		if (definition.getMinimum() != null && definition.getMaximum() != null
				&& definition.getMinimum() > definition.getMaximum()) {
			valid = false;
			report(diagnostics, PARAMETER_DEFINITION, definition, P.getParameterDefinition_Minimum(),
					describe(definition) + ": minimum " + ParameterValues.plain(definition.getMinimum())
							+ " is above the maximum " + ParameterValues.plain(definition.getMaximum()));
		}
		if (definition.getType() == ParameterType.CHOICE && definition.getAllowedValues().isEmpty()) {
			valid = false;
			report(diagnostics, PARAMETER_DEFINITION, definition, P.getParameterDefinition_AllowedValues(),
					describe(definition) + ": a choice needs at least one allowed value");
		}
		String problem = ParameterValues.problem(definition, definition.getDefaultValue());
		if (problem != null) {
			valid = false;
			report(diagnostics, PARAMETER_VALUE, definition, P.getParameterDefinition_DefaultValue(),
					describe(definition) + ": default value " + problem);
		}
		return valid;
	}

	private boolean validateTask(Task task, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		PoolIndex index = PoolIndex.of(task, context);
		String name = task.getName();
		if (name == null || name.isEmpty()) {
			valid = false;
			report(diagnostics, TASK_NAME, task, P.getTask_Name(), describe(task) + ": a task needs a name (its id on the nodes)");
		} else if (!TASK_NAME_PATTERN.matcher(name).matches()) {
			valid = false;
			report(diagnostics, TASK_NAME, task, P.getTask_Name(), describe(task)
					+ ": name must be 1 to 64 letters, digits, '.', '_' or '-' (it is the task's id on the nodes)");
		} else if (index != null && index.tasksNamed(name) > 1) {
			valid = false;
			report(diagnostics, DUPLICATE_NAME, task, P.getTask_Name(), describe(task) + ": name '" + name + "' is used by "
					+ index.tasksNamed(name) + " tasks; task names must be unique in the pool");
		}
		if (task.getCommand() == null || task.getCommand().isBlank()) {
			valid = false;
			report(diagnostics, NO_COMMAND, task, P.getTask_Command(), describe(task) + ": no command to run");
		}
		if (task.getMaxRestarts() < 0) {
			valid = false;
			report(diagnostics, NEGATIVE_RESTARTS, task, P.getTask_MaxRestarts(),
					describe(task) + ": " + label(P.getTask_MaxRestarts()) + " must not be negative (is " + task.getMaxRestarts() + ")");
		}
		for (String entry : task.getEnvironment()) {
			if (entry == null || entry.indexOf('=') <= 0) {
				valid = false;
				report(diagnostics, ENVIRONMENT, task, P.getTask_Environment(),
						describe(task) + ": environment entry '" + entry + "' is not NAME=value");
			} else if (!ENVIRONMENT_NAME.matcher(entry.substring(0, entry.indexOf('='))).matches()) {
				// The agents refuse other names (a shell reads the environment of the task's wrapper): say so before it runs.
				valid = false;
				report(diagnostics, ENVIRONMENT, task, P.getTask_Environment(), describe(task) + ": environment variable '"
						+ entry.substring(0, entry.indexOf('=')) + "' is not a name of letters, digits and _ that does not start with a digit");
			}
		}
		if (task.getAntiAffinity().contains(task)) {
			valid = false;
			report(diagnostics, SELF_ANTI_AFFINITY, task, P.getTask_AntiAffinity(),
					describe(task) + ": anti-affinity lists the task itself, so it could run nowhere");
		}
		for (Task other : task.getAffinity()) {
			if (other != task && task.getAntiAffinity().contains(other)) {
				valid = false;
				report(diagnostics, CONTRADICTORY_AFFINITY, task, P.getTask_AntiAffinity(),
						describe(task) + ": task '" + other.getName() + "' is in both affinity and anti-affinity");
			}
		}
		EStructuralFeature[] demands = { P.getTask_CpuDemand(), P.getTask_MemoryDemand(), P.getTask_DiskDemand(),
				P.getTask_NetworkDemand() };
		boolean demandsValid = true;
		for (EStructuralFeature demand : demands) {
			if (((Number) task.eGet(demand)).doubleValue() < 0) {
				valid = demandsValid = false;
				report(diagnostics, NEGATIVE_DEMAND, task, demand,
						describe(task) + ": " + label(demand) + " must not be negative (is " + task.eGet(demand) + ")");
			}
		}
		if (demandsValid && index != null && index.hasCapacity()) {
			// First the resource that no node has enough of; then the combination.
			boolean eachFits = true;
			for (int r = 0; r < demands.length; r++) {
				double wanted = ((Number) task.eGet(demands[r])).doubleValue();
				if (wanted > index.largest[r]) {
					eachFits = valid = false;
					report(diagnostics, DEMAND_TOO_LARGE, task, demands[r],
							describe(task) + ": " + label(demands[r]) + " " + ParameterValues.plain(wanted) + " " + UNITS[r]
									+ " is larger than any node can hold (largest: " + ParameterValues.plain(index.largest[r])
									+ " " + UNITS[r] + ")");
				}
			}
			if (eachFits && !index.someNodeHolds(task)) {
				valid = false;
				diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, DEMAND_TOO_LARGE,
						describe(task) + ": no single node holds its whole demand (CPU " + ParameterValues.plain(task.getCpuDemand())
								+ " cores, memory " + task.getMemoryDemand() + " MiB, disk " + task.getDiskDemand()
								+ " GiB, network " + task.getNetworkDemand() + " Mbit/s)",
						new Object[] { task, P.getTask_CpuDemand(), P.getTask_MemoryDemand(), P.getTask_DiskDemand(),
								P.getTask_NetworkDemand() }));
			}
		}
		return valid;
	}

	private static final String[] UNITS = { "cores", "MiB", "GiB", "Mbit/s" };

	private boolean positive(EObject object, EStructuralFeature feature, double value, DiagnosticChain diagnostics) {
		if (value > 0) {
			return true;
		}
		report(diagnostics, NOT_POSITIVE, object, feature,
				describe(object) + ": " + label(feature) + " must be greater than 0 (is " + ParameterValues.plain(value) + ")");
		return false;
	}

	static void report(DiagnosticChain diagnostics, int code, EObject object, EStructuralFeature feature, String message) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, code, message, new Object[] { object, feature }));
		}
	}

	/** "Node 'web-01'", "Parameter 'vm.swappiness' of Operating System 'Debian' on node 'web-01'". */
	public static String describe(EObject object) {
		String text = Labels.typeName(object.eClass()) + " '" + Labels.nameOf(object) + "'";
		EObject container = object.eContainer();
		if (object instanceof Parameter && container != null) {
			text += " of " + describe(container);
		} else if (object instanceof org.flotilla.model.StackElement && container instanceof Node node) {
			text += " on node '" + Labels.nameOf(node) + "'";
		} else if (object instanceof ParameterDefinition && container instanceof org.flotilla.model.SoftwarePackage p) {
			text += " of package " + ProfileRules.packageLabel(p);
		} else if (object instanceof ParameterDefinition && container != null) {
			text += " of " + describe(container);
		} else if (object instanceof org.flotilla.model.ProfileEntry && container != null) {
			text += " of " + describe(container);
		} else if (object instanceof org.flotilla.model.ParameterValue && container != null) {
			text += " of " + describe(container);
		}
		return text;
	}

	static String label(EStructuralFeature feature) {
		return Labels.featureName(feature);
	}

	private static String range(ParameterDefinition definition) {
		String min = definition.getMinimum() == null ? "" : ParameterValues.plain(definition.getMinimum());
		String max = definition.getMaximum() == null ? "" : ParameterValues.plain(definition.getMaximum());
		return "range " + min + ".." + max;
	}

	/** Facts about the whole pool that per-object rules need; computed once per validation run. */
	static final class PoolIndex {
		final Map<String, Integer> names = new HashMap<>();
		final Map<String, Integer> addresses = new HashMap<>();
		final Map<String, Integer> taskNames = new HashMap<>();
		final double[] largest = new double[4];
		final List<Node> usable;

		private PoolIndex(Pool pool) {
			usable = pool.getAllNodes().stream().filter(n -> n.getState() != NodeState.DECOMMISSIONED).toList();
			for (Node node : pool.getAllNodes()) {
				if (node.getName() != null) {
					names.merge(node.getName(), 1, Integer::sum);
				}
				if (node.getAddress() != null && !node.getAddress().isBlank()) {
					addresses.merge(node.getAddress().trim(), 1, Integer::sum);
				}
			}
			for (Task task : pool.getTasks()) {
				if (task.getName() != null) {
					taskNames.merge(task.getName(), 1, Integer::sum);
				}
			}
			for (Node node : usable) {
				double[] capacity = capacity(node);
				for (int r = 0; r < 4; r++) {
					largest[r] = Math.max(largest[r], capacity[r]);
				}
			}
		}

		static PoolIndex of(EObject object, Map<Object, Object> context) {
			EObject root = EcoreUtil.getRootContainer(object);
			if (!(root instanceof Pool pool)) {
				return null;
			}
			if (context == null) {
				return new PoolIndex(pool);
			}
			return (PoolIndex) context.computeIfAbsent(PoolIndex.class.getName() + "@" + System.identityHashCode(pool),
					key -> new PoolIndex(pool));
		}

		int nodesNamed(String name) {
			return names.getOrDefault(name, 0);
		}

		int tasksNamed(String name) {
			return taskNames.getOrDefault(name, 0);
		}

		int nodesAt(String address) {
			return addresses.getOrDefault(address.trim(), 0);
		}

		boolean hasCapacity() {
			return !usable.isEmpty();
		}

		boolean someNodeHolds(Task task) {
			double[] demand = { task.getCpuDemand(), task.getMemoryDemand(), task.getDiskDemand(), task.getNetworkDemand() };
			for (Node node : usable) {
				double[] capacity = capacity(node);
				if (demand[0] <= capacity[0] && demand[1] <= capacity[1] && demand[2] <= capacity[2]
						&& demand[3] <= capacity[3]) {
					return true;
				}
			}
			return false;
		}

		private static double[] capacity(Node node) {
			return new double[] { node.getCpuCapacity(), node.getMemoryCapacity(), node.getDiskCapacity(),
					node.getNetworkCapacity() };
		}
	}
}
